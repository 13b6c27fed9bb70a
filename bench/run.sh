#!/usr/bin/env bash
# Load benchmark: Directus.Api against a minimal-API baseline, both published in Release and run on
# loopback. Prints a markdown table and writes it to bench/out/last-run.md.
#
#   bench/run.sh                         10 s per measurement
#   BENCH_DURATION=30s bench/run.sh      longer measurements
#   DOTNET_TieredPGO=0 bench/run.sh      runtime knobs in the environment reach both servers
set -euo pipefail

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
ROUNDS=${BENCH_ROUNDS:-3}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-7}
CONNECTIONS=32

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$REPO/bench/out
RAW=$OUT/raw
WORK=$(mktemp -d /tmp/directus-bench.XXXXXX)
TOKEN=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------

install_missing() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    ((${#missing[@]} == 0)) && return
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    log "installing ${missing[*]} with apt-get"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
install_missing wrk curl redis-server

# --- build -------------------------------------------------------------------------------------

rm -rf "$OUT/directus" "$OUT/baseline" "$RAW"
mkdir -p "$OUT" "$RAW"
log "publishing Directus.Api and the baseline (Release)"
dotnet publish "$REPO/Directus.Api/Directus.Api.csproj" -c Release -o "$OUT/directus" --nologo -v quiet
dotnet publish "$REPO/bench/Baseline/Baseline.csproj" -c Release -o "$OUT/baseline" --nologo -v quiet
log "packing the layers into the local feed and publishing the sample host that mounts them (Release)"
bash "$REPO/scripts/pack-local-feed.sh" >"$OUT/pack.log" 2>&1 || die "scripts/pack-local-feed.sh failed; see $OUT/pack.log"
dotnet publish "$REPO/samples/Directus.SampleBackend/Directus.SampleBackend.csproj" -c Release -o "$OUT/sample" --nologo -v quiet

# --- servers -----------------------------------------------------------------------------------

# A port nothing listens on, below Linux's ephemeral range so wrk's own client ports cannot take it.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 12000))
        if ! { exec {probe}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
            echo "$port"
            return
        fi
        exec {probe}>&-
    done
}

# One HTTP/1.1 request with bash's /dev/tcp, no process started, so the start-up poll is tight.
# Succeeds when the answer is 200 and the body ends with the expected text.
http_get_ok() {
    local port=$1 path=$2 expected=$3 reply='' conn
    { exec {conn}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&"$conn"
    IFS= read -r -d '' -t 5 -u "$conn" reply || true
    exec {conn}>&-
    [[ $reply == "HTTP/1.1 200 "*"$expected" ]]
}

# A sleep without a process: reading from an empty FIFO times out after the given seconds.
mkfifo "$WORK/nap"
exec {NAP}<>"$WORK/nap"
nap() { read -r -t "$1" -u "$NAP" || true; }

# Directus.Api as measured, and with the settings the other rows are about (filled in below).
declare -A SETTINGS=([directus]="")

# start_server NAME PORT: starts it in the background, sets STARTED_PID.
start_server() {
    local name=$1 port=$2
    case $name in
    directus*)
        local root
        root=$(mktemp -d "$WORK/root.XXXXXX")
        # shellcheck disable=SC2086 # the settings are separate words on purpose
        (cd "$OUT/directus" && ASPNETCORE_ENVIRONMENT=Production DIRECTUS_SUPER_ADMIN_TOKEN=$TOKEN \
            exec dotnet Directus.Api.dll --urls "http://127.0.0.1:$port" "--Directus:RootPath=$root" ${SETTINGS[$name]}) \
            >>"$OUT/directus.log" 2>&1 &
        ;;
    sample)
        local root
        root=$(mktemp -d "$WORK/root.XXXXXX")
        (cd "$OUT/sample" && ASPNETCORE_ENVIRONMENT=Production DIRECTUS_SUPER_ADMIN_TOKEN=$TOKEN Sample__ApiKey=bench \
            exec dotnet Directus.SampleBackend.dll --urls "http://127.0.0.1:$port" "--Directus:RootPath=$root") \
            >>"$OUT/sample.log" 2>&1 &
        ;;
    baseline)
        local root
        root=$(mktemp -d "$WORK/root.XXXXXX")
        (cd "$OUT/baseline" && ASPNETCORE_ENVIRONMENT=Production DIRECTUS_SUPER_ADMIN_TOKEN=$TOKEN \
            exec dotnet Baseline.dll --urls "http://127.0.0.1:$port" "--Directus:RootPath=$root") \
            >>"$OUT/baseline.log" 2>&1 &
        ;;
    esac
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
}

stop_server() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local pid remaining=()
    for pid in "${PIDS[@]}"; do
        [[ $pid == "$1" ]] || remaining+=("$pid")
    done
    PIDS=("${remaining[@]}")
}

wait_for_pong() {
    local port=$1 pid=$2 deadline=$((SECONDS + 60))
    until http_get_ok "$port" /server/ping pong; do
        kill -0 "$pid" 2>/dev/null || die "server on port $port exited; see bench/out/*.log"
        ((SECONDS < deadline)) || die "no pong on port $port within 60 s"
        nap 0.002
    done
}

# Milliseconds from the process start to its first pong, one run: sets STARTUP_MS.
# Runs in this shell, not in $(...), so that the EXIT trap knows the process.
measure_startup() {
    local name=$1 port start
    port=$(free_port)
    start=${EPOCHREALTIME//[.,]/}
    start_server "$name" "$port"
    wait_for_pong "$port" "$STARTED_PID"
    local end=${EPOCHREALTIME//[.,]/}
    STARTUP_MS=$(((end - start) / 1000))
    stop_server "$STARTED_PID"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Percentage of the machine's CPU time that was busy over two seconds, before anything of ours runs.
# Other work on this machine (another build, a test loop) skews every number below; the report says so.
machine_busy_percent() {
    local before after
    before=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
    nap 2
    after=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
    awk -v b="$before" -v a="$after" 'BEGIN {
        split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2]
        printf "%.0f", (busy + idle > 0) ? 100 * busy / (busy + idle) : 0
    }'
}

: >"$OUT/directus.log"
: >"$OUT/baseline.log"
: >"$OUT/sample.log"

BUSY=$(machine_busy_percent)
if ((BUSY > 10)); then
    log "warning: the machine was ${BUSY}% busy before the benchmark started; other load skews the results"
fi

# In alternation, so that a change in the machine's load falls on both alike.
log "start-up time, $STARTUP_RUNS runs each, alternating"
declare -A STARTUP STARTUP_TIMES
for _ in $(seq "$STARTUP_RUNS"); do
    for name in baseline directus; do
        measure_startup "$name"
        STARTUP_TIMES[$name]+="$STARTUP_MS "
    done
done
for name in baseline directus; do
    log "  $name: ${STARTUP_TIMES[$name]}ms"
    STARTUP[$name]=$(tr ' ' '\n' <<<"${STARTUP_TIMES[$name]}" | grep . | median)
done

BASE_PORT=$(free_port)
start_server baseline "$BASE_PORT"
BASE_PID=$STARTED_PID
OUR_PORT=$(free_port)
start_server directus "$OUR_PORT"
OUR_PID=$STARTED_PID
wait_for_pong "$BASE_PORT" "$BASE_PID"
wait_for_pong "$OUR_PORT" "$OUR_PID"

# The same server with metrics on, and with the throttle counting in a real Redis on loopback.
REDIS_PORT=$(free_port)
mkdir -p "$WORK/redis"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$WORK/redis" --save '' --appendonly no >"$OUT/redis.log" 2>&1 &
PIDS+=("$!")
SETTINGS[directus-metrics]="--Directus:Metrics:Enabled=true"
SETTINGS[directus-redis]="--Directus:Throttle:Store=Redis --Directus:Redis:Configuration=127.0.0.1:$REDIS_PORT"
declare -A VARIANT_PORT
# The same module mounted in a larger host (samples/Directus.SampleBackend, from the packages) is a variant too.
for variant in directus-metrics directus-redis sample; do
    VARIANT_PORT[$variant]=$(free_port)
    start_server "$variant" "${VARIANT_PORT[$variant]}"
    wait_for_pong "${VARIANT_PORT[$variant]}" "$STARTED_PID"
done

INFO_PATH="/server/info?super_admin_token=$TOKEN"
for port in "$OUR_PORT" "$BASE_PORT"; do
    curl -fsS "http://127.0.0.1:$port$INFO_PATH" | grep -q '"permissions"' || die "/server/info on port $port did not answer 200 with the token"
done

# Each row is measured against the floor that does the same work with nothing else: the baseline's ping for
# ping and health, the baseline's minimal /server/info (bench/Baseline/Program.cs) for info.
declare -A URL=(
    [baseline-ping]="http://127.0.0.1:$BASE_PORT/server/ping"
    [baseline-info]="http://127.0.0.1:$BASE_PORT$INFO_PATH"
    [directus-ping]="http://127.0.0.1:$OUR_PORT/server/ping"
    [directus-info]="http://127.0.0.1:$OUR_PORT$INFO_PATH"
    [directus-health]="http://127.0.0.1:$OUR_PORT/server/health"
    [metrics-ping]="http://127.0.0.1:${VARIANT_PORT[directus-metrics]}/server/ping"
    [redis-info]="http://127.0.0.1:${VARIANT_PORT[directus-redis]}$INFO_PATH"
    [sample-ping]="http://127.0.0.1:${VARIANT_PORT[sample]}/server/ping"
    [sample-info]="http://127.0.0.1:${VARIANT_PORT[sample]}$INFO_PATH"
)
ENDPOINTS=(baseline-ping baseline-info directus-ping directus-info directus-health metrics-ping redis-info sample-ping sample-info)
declare -A LABEL=(
    [baseline-ping]="baseline GET /server/ping"
    [baseline-info]="baseline GET /server/info (floor)"
    [directus-ping]="Directus.Api GET /server/ping"
    [directus-info]="Directus.Api GET /server/info"
    [directus-health]="Directus.Api GET /server/health (anonymous)"
    [metrics-ping]="Directus.Api GET /server/ping, metrics on"
    [redis-info]="Directus.Api GET /server/info, Redis store"
    [sample-ping]="sample host GET /server/ping"
    [sample-info]="sample host GET /server/info"
)
declare -A FLOOR=(
    [baseline-ping]=baseline-ping
    [baseline-info]=baseline-info
    [directus-ping]=baseline-ping
    [directus-info]=baseline-info
    [directus-health]=baseline-ping
    [metrics-ping]=baseline-ping
    [redis-info]=baseline-info
    [sample-ping]=baseline-ping
    [sample-info]=baseline-info
)

# --- load --------------------------------------------------------------------------------------

log "warming up, $WARMUP per endpoint"
for endpoint in "${ENDPOINTS[@]}"; do
    wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "${URL[$endpoint]}" >/dev/null
done

# Turns one wrk --latency report into "req/s p50_ms p99_ms errors".
parse_wrk() {
    awk '
        function ms(text,   value) {
            value = text + 0
            if (text ~ /us$/) return value / 1000
            if (text ~ /ms$/) return value
            if (text ~ /m$/) return value * 60000
            if (text ~ /s$/) return value * 1000
            return value
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        END { printf "%.0f %.3f %.3f %d\n", rps, p50, p99, errors }
    ' "$1"
}

log "measuring: $ROUNDS rounds of $DURATION per endpoint, -c$CONNECTIONS, in alternation"
for round in $(seq "$ROUNDS"); do
    for endpoint in "${ENDPOINTS[@]}"; do
        report="$RAW/$endpoint.$round.txt"
        wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "${URL[$endpoint]}" >"$report"
        read -r rps p50 p99 errors < <(parse_wrk "$report")
        log "  round $round $endpoint: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
        echo "$rps $p50 $p99 $errors" >>"$RAW/$endpoint.results"
    done
done

rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
OUR_RSS=$(rss_mib "$OUR_PID")
BASE_RSS=$(rss_mib "$BASE_PID")

# --- report ------------------------------------------------------------------------------------

column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

declare -A RPS P50 P99 ERRORS
for endpoint in "${ENDPOINTS[@]}"; do
    results="$RAW/$endpoint.results"
    RPS[$endpoint]=$(column_median "$results" 1)
    P50[$endpoint]=$(column_median "$results" 2)
    P99[$endpoint]=$(column_median "$results" 3)
    ERRORS[$endpoint]=$(awk '{ sum += $4 } END { print sum }' "$results")
done

# DOTNET_ and COMPlus_ variables that change the runtime (not the CLI's own) reach both servers: name them.
KNOBS=$(env | grep -E '^(DOTNET|COMPlus)_' | grep -vE '^DOTNET_(CLI_|NOLOGO|GENERATE_ASPNET_CERTIFICATE|ROOT|SKIP_FIRST_TIME)' | sort | paste -sd ' ' || true)

{
    echo "# Benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo
    echo "$(nproc) cores, .NET $(dotnet --version) SDK, \`wrk -t1 -c$CONNECTIONS -d$DURATION --latency\`," \
        "$ROUNDS rounds per endpoint in alternation after $WARMUP warm-up; medians of the rounds." \
        "Runtime settings from the environment: ${KNOBS:-none}." \
        "CPU busy with other work just before the run: ${BUSY}%."
    echo
    echo "| endpoint | median req/s | median p50 ms | median p99 ms | errors (all rounds) | floor | req/s ÷ floor | p99 ÷ floor |"
    echo "|---|---:|---:|---:|---:|---|---:|---:|"
    for endpoint in "${ENDPOINTS[@]}"; do
        floor=${FLOOR[$endpoint]}
        awk -v name="${LABEL[$endpoint]}" -v rps="${RPS[$endpoint]}" -v p50="${P50[$endpoint]}" -v p99="${P99[$endpoint]}" \
            -v errors="${ERRORS[$endpoint]}" -v floor="${LABEL[$floor]}" -v base_rps="${RPS[$floor]}" -v base_p99="${P99[$floor]}" \
            'BEGIN { printf "| %s | %d | %.2f | %.2f | %d | %s | %.2f | %.2f |\n", name, rps, p50, p99, errors, floor, rps / base_rps, p99 / base_p99 }'
    done
    echo
    echo "| process | start-up to first pong (median of $STARTUP_RUNS, alternating) | ÷ baseline | RSS after the load | ÷ baseline |"
    echo "|---|---:|---:|---:|---:|"
    echo "| baseline | ${STARTUP[baseline]} ms | 1.00 | $BASE_RSS MiB | 1.00 |"
    awk -v ms="${STARTUP[directus]}" -v base_ms="${STARTUP[baseline]}" -v rss="$OUR_RSS" -v base_rss="$BASE_RSS" \
        'BEGIN { printf "| Directus.Api | %d ms | %.2f | %s MiB | %.2f |\n", ms, ms / base_ms, rss, rss / base_rss }'
} >"$OUT/last-run.md"

echo
cat "$OUT/last-run.md"
