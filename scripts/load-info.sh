#!/usr/bin/env bash
# Drives 64 connections at /server/info (right token) on the built server, then checks two things:
# no response other than 2xx, and the server's resident memory afterwards under the limit.
# Usage: scripts/load-info.sh [duration, default 10s]   Environment: RSS_LIMIT_MB (150), CONNECTIONS (64), THREADS (2)
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-10s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
rss_limit_mb="${RSS_LIMIT_MB:-150}"
configuration=Release

if ! command -v wrk >/dev/null; then
  echo "installing wrk…"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Directus.Api/Directus.Api.csproj -c "$configuration" -v quiet -nologo >/dev/null
output_dir="$PWD/Directus.Api/bin/$configuration/net10.0"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

token=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
# Port 0: the kernel picks a free port, and Kestrel logs which.
DIRECTUS_SUPER_ADMIN_TOKEN="$token" dotnet "$output_dir/Directus.Api.dll" \
  --contentRoot "$output_dir" --urls "http://127.0.0.1:0" --Directus:RootPath "$work/storage" \
  >"$work/server.log" 2>&1 &
server_pid=$!

base=""
for _ in $(seq 1 300); do
  base=$(sed -n 's/.*Now listening on: \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
  [ -n "$base" ] && curl -fsS "$base/server/ping" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server exited during start-up" >&2; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }

rss_before_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status")
command=(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/server/info?super_admin_token=$token")
echo "server pid $server_pid at $base, RSS before load $((rss_before_kb / 1024)) MB"
echo "\$ wrk -t$threads -c$connections -d$duration --latency $base/server/info?super_admin_token=***"
"${command[@]}" | tee "$work/wrk.txt" | sed "s/$token/***/g"

sleep 1
rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status")
hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
non_2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$work/wrk.txt")
non_2xx=${non_2xx:-0}
socket_errors=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' "$work/wrk.txt" | awk '{print $1 + $2 + $3 + $4}')
socket_errors=${socket_errors:-0}

echo
echo "requests:       $requests ($rate/s)"
echo "non-2xx:        $non_2xx (must be 0)"
echo "socket errors:  $socket_errors (must be 0)"
echo "server VmRSS:   $((rss_kb / 1024)) MB after load (peak VmHWM $((hwm_kb / 1024)) MB; must be under $rss_limit_mb MB)"

status=0
[ "$non_2xx" -eq 0 ] || { echo "FAIL: $non_2xx responses were not 2xx" >&2; status=1; }
[ "$socket_errors" -eq 0 ] || { echo "FAIL: $socket_errors socket errors" >&2; status=1; }
[ "$rss_kb" -lt $((rss_limit_mb * 1024)) ] || { echo "FAIL: resident memory $((rss_kb / 1024)) MB is not under $rss_limit_mb MB" >&2; status=1; }
[ "$status" -eq 0 ] && echo "OK"
exit "$status"
