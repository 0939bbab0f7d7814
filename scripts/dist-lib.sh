# Shared by the scripts that check the shipped archive (source it): a free TCP port, and an archive unpacked into a
# temporary directory whose Karaf is stopped and which is deleted when the script exits, however it exits.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'
}

# unpack_dist ARCHIVE NAME: sets WORK (the temporary directory) and DIST (the unpacked distribution)
unpack_dist() {
  WORK=$(mktemp -d "/tmp/motcua-$2.XXXXXX")
  tar -xzf "$1" -C "$WORK"
  DIST=$(ls -d "$WORK"/*/ | head -n 1)
  DIST=${DIST%/}
  trap stop_dist EXIT
}

# Stops the Karaf of DIST (the one this script started: its karaf.base is the unique temporary path) and deletes WORK.
stop_dist() {
  "$DIST/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do pgrep -f "karaf.base=$DIST" >/dev/null || break; sleep 1; done
  pkill -9 -f "karaf.base=$DIST" 2>/dev/null || true
  rm -rf "$WORK"
}
