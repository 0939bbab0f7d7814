#!/usr/bin/env bash
# Karaf's own access (console, SSH, JMX) in the shipped archive, checked over real SSH with bin/client:
#   1. etc/users.properties enables no user, and karaf/karaf (or admin/admin) cannot log in over SSH;
#   2. bin/motcua-set-admin-password sets a user whose password is stored only as a bcrypt hash, who can log in;
#   3. the command ACL (etc/org.apache.karaf.command.acl.motcua.cfg): an admin runs the motcua: identity commands, a
#      viewer neither sees nor runs them but runs the read-only ones.
# Run by the build (itests, pre-integration-test); usable alone:
#   scripts/console-access.sh karaf-assembly/target/motcua-karaf-assembly-<version>.tar.gz
set -euo pipefail
ARCHIVE=$1
source "$(dirname "$0")/dist-lib.sh"
unpack_dist "$ARCHIVE" console
fail() { echo "CONSOLE ACCESS CHECK FAILED: $*" >&2; tail -n 40 "$DIST/data/log/karaf.log" >&2 2>/dev/null || true; exit 1; }

# 1a. nothing but group definitions and comments in the shipped users file
enabled=$(grep -v -E '^[[:space:]]*(#|$|_g_\\:)' "$DIST/etc/users.properties" || true)
[ -z "$enabled" ] || fail "etc/users.properties ships enabled users: $enabled"
grep -q '^encryption.enabled *= *true' "$DIST/etc/org.apache.karaf.jaas.cfg" || fail "password hashing is not enabled"
[ -x "$DIST/bin/motcua-set-admin-password" ] || fail "bin/motcua-set-admin-password is missing or not executable"

SSH_PORT=$(free_port)
HTTP_PORT=$(free_port)
sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$DIST/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
  "$DIST/etc/org.apache.karaf.management.cfg"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
MOTCUA_HTTP_PORT=$HTTP_PORT "$DIST/bin/start"

# console USER PASSWORD COMMAND: output of one command over SSH; the exit status of bin/client in $rc
console() {
  set +e
  out=$(echo "$3" | timeout 60 "$DIST/bin/client" -a "$SSH_PORT" -h localhost -u "$1" -p "$2" -r 1 -b 2>&1)
  rc=$?
  set -e
}
deadline=$((SECONDS + 180))
until (echo > "/dev/tcp/localhost/$SSH_PORT") 2>/dev/null && curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/api/v1/health" 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || fail "SSH port $SSH_PORT / HTTP port $HTTP_PORT not open within 180 s"
  sleep 1
done

# 1b. the defaults of a stock Karaf (and the obvious guesses) are refused
for pair in karaf:karaf admin:admin karaf:admin; do
  console "${pair%%:*}" "${pair#*:}" 'shell:echo logged-in'
  [ $rc -ne 0 ] && [[ "$out" != *logged-in* ]] || fail "$pair could log in over SSH: $out"
done

# 2. the operator sets an administrator; only a hash is stored
ADMIN_PASSWORD="Quan-tri-$(date +%s)-Kd9"
printf '%s\n' "$ADMIN_PASSWORD" | "$DIST/bin/motcua-set-admin-password" ops >/dev/null
grep -q "^ops = {CRYPT}[0-9a-f]\{120\}{CRYPT},_g_:admingroup$" "$DIST/etc/users.properties" \
  || fail "no bcrypt hash stored for ops: $(grep '^ops' "$DIST/etc/users.properties")"
! grep -q -F "$ADMIN_PASSWORD" "$DIST/etc/users.properties" || fail "the password is stored in clear"
[ "$(stat -c %a "$DIST/etc/users.properties")" = 600 ] || fail "etc/users.properties is readable by others"
if printf 'short\n' | "$DIST/bin/motcua-set-admin-password" weak >/dev/null 2>&1; then fail "a 5-character password was accepted"; fi
console ops wrong-password-123 'shell:echo logged-in'
[ $rc -ne 0 ] && [[ "$out" != *logged-in* ]] || fail "ops logged in with a wrong password"
console ops "$ADMIN_PASSWORD" 'shell:echo logged-in'
[ $rc -eq 0 ] && [[ "$out" == *logged-in* ]] || fail "ops cannot log in with the password just set: $out"

# 3. command ACL: admin runs identity commands, a viewer does not even see them
console ops "$ADMIN_PASSWORD" 'motcua:operator-bootstrap -u quantri -e quantri@example.vn -a 000.00.00.H06'
[ $rc -eq 0 ] && [[ "$out" == *"One-time password: "* ]] || fail "operator-bootstrap as admin: $out"
console ops "$ADMIN_PASSWORD" 'motcua:operator-bootstrap -u quantri2 -e quantri@example.vn -a 000.00.00.H06'
[[ "$out" == *"nothing created"* ]] || fail "a second operator-bootstrap did not refuse: $out"
console ops "$ADMIN_PASSWORD" 'motcua:sessions-revoke quantri'
[ $rc -eq 0 ] && [[ "$out" == *"0 sessions of quantri revoked"* ]] || fail "sessions-revoke as admin: $out"
console ops "$ADMIN_PASSWORD" 'motcua:account-unlock khong.co.ai'
[ $rc -ne 0 ] && [[ "$out" == *"Account 'khong.co.ai' not found"* ]] || fail "account-unlock of an unknown login: $out"
printf 'Chi-xem-thoi-2025-Zx\n' | "$DIST/bin/motcua-set-admin-password" --group viewergroup watcher >/dev/null
for cmd in 'motcua:sessions-revoke quantri' 'motcua:account-unlock quantri' 'motcua:signing-key-rotate' \
           'motcua:operator-bootstrap -u x1 -e x@example.vn -a 000.00.00.H06'; do
  console watcher Chi-xem-thoi-2025-Zx "$cmd"
  [ $rc -ne 0 ] && [[ "$out" == *"Command not found"* ]] || fail "a viewer could run '$cmd': $out"
done
console watcher Chi-xem-thoi-2025-Zx 'motcua:health'
[ $rc -eq 0 ] && [[ "$out" == *"Status: "* ]] || fail "a viewer cannot run motcua:health: $out"
echo "Console access check OK: no default login over SSH, bcrypt-hashed console users, motcua: command ACL enforced"
