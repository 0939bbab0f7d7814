#!/usr/bin/env bash
# Rerunnable benchmark of the deadline engine on one core (prints figures; asserts nothing): due dates per second
# through ProvinceCalendar.dueDate, the bare working-time step, elapsed working time, and the compile time of a
# province calendar. Needs only the engine and platform-api jars (built when missing). Usage: benchmarks/calendar.sh [s]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_PER_RUN=${1:-3}
ENGINE=$(ls "$ROOT"/bundles/calendar/engine/target/vn.motcua.calendar.engine-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
API=$(ls "$ROOT"/bundles/platform/api/target/vn.motcua.platform.api-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [ -z "$ENGINE" ] || [ -z "$API" ]; then
  (cd "$ROOT" && mvn -B -ntp -q install -DskipTests -pl bundles/calendar/engine -am ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL})
  ENGINE=$(ls "$ROOT"/bundles/calendar/engine/target/vn.motcua.calendar.engine-*.jar | head -n 1)
  API=$(ls "$ROOT"/bundles/platform/api/target/vn.motcua.platform.api-*.jar | head -n 1)
fi
# one core: the figure is per core, and the machine may be shared
PIN=""
if command -v taskset >/dev/null 2>&1; then PIN="taskset -c 0"; fi
exec $PIN java -Xms256m -Xmx256m -XX:+UseSerialGC -XX:CICompilerCount=2 -cp "$ENGINE:$API" \
  "$ROOT/benchmarks/CalendarBench.java" "$SECONDS_PER_RUN"
