#!/usr/bin/env bash
# Builds the service and the benchmark, then measures, on loopback only:
#   start-up (cold: empty embedding cache; warm: cache filled by the cold start; and as the
#   Dockerfile runs it: the jar extracted, with a class data sharing archive),
#   time to the first sentence through the coach vs straight from a scripted model, at 100 and 500
#   concurrent streams, offline turn latency with 8 users, memory after 10 000 conversations,
#   and graceful shutdown with streams in flight.
# Prints a table and writes it to bench/results/. Everything it starts, it stops; every loop is
# bounded in count and time.
#
# Usage: bench/run.sh [load|ratio|jmh|all] [--quick] [--skip-build]
#   load (default)  the HTTP scenarios above
#   ratio           only the first-sentence ratio at 100 streams (about 2 minutes)
#   jmh             the JMH suite for the hot paths (safety, retrieval, candour, output checks)
#   all             both
# Environment:
#   SERVICE_JAVA_OPTS  JVM options for the service (default: none, i.e. plain `java -jar`)
#   FIRST_TOKEN_MS / TOKEN_MS  the scripted model's first-token delay and token interval (200 / 20)
#   MVN_FLAGS          extra Maven flags (default -o: dependencies from ~/.m2)
#   SERVICE_JAR        the service jar to measure (default target/compassion-coach.jar), e.g. an
#                      older build for a before/after comparison on the same machine
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
what=load
quick=false
build=true
for arg in "$@"; do
	case "$arg" in
		load|ratio|jmh|all) what=$arg ;;
		--quick) quick=true ;;
		--skip-build) build=false ;;
		*) echo "unknown argument: $arg" >&2; exit 2 ;;
	esac
done

mvn_flags=${MVN_FLAGS--o}
service_opts=${SERVICE_JAVA_OPTS:-}
service_jar=${SERVICE_JAR:-target/compassion-coach.jar}
first_token_ms=${FIRST_TOKEN_MS:-200}
token_ms=${TOKEN_MS:-20}
coach_port=18080
model_port=18090
work=$(mktemp -d /tmp/coach-bench.XXXXXX)
results="$root/bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$results/$stamp.md"
pids=()

cleanup() {
	for pid in "${pids[@]:-}"; do
		[ -n "$pid" ] && kill "$pid" 2>/dev/null || true
	done
	wait 2>/dev/null || true
}
trap cleanup EXIT

if $quick; then
	turns=3; turns500=2; offline_turns=100; conversations=2000
else
	turns=8; turns500=4; offline_turns=400; conversations=10000
fi

log() { echo "[bench] $*" >&2; }
now_ms() { date +%s%3N; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU time (user + system) a process has used, in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

build_all() {
	log "building the service jar and the benchmark"
	./mvnw -B $mvn_flags -q package -DskipTests
	# The JMH suite compiles against the service's plain classes under the main coordinates.
	./mvnw -B $mvn_flags -q install:install-file -Dfile=target/compassion-coach.jar.original -DpomFile=pom.xml
	./mvnw -B $mvn_flags -q -f bench/pom.xml package
}

bench_cp="$root/bench/target/classes"

start_model() {
	if curl -s "http://127.0.0.1:$model_port/health" > /dev/null 2>&1; then
		echo "port $model_port is already in use; stop whatever listens there first" >&2; exit 1
	fi
	java -cp "$bench_cp" org.compassioncoach.bench.ScriptedModel --port=$model_port \
		--first-token-ms="$first_token_ms" --token-ms="$token_ms" --max-seconds=3600 > "$work/model.log" 2>&1 &
	pids+=($!)
	for _ in $(seq 1 100); do
		curl -sf "http://127.0.0.1:$model_port/health" > /dev/null && return 0
		sleep 0.1
	done
	echo "the scripted model did not start" >&2; exit 1
}

# start_service NAME [spring arguments...]: starts the jar, waits for health UP, sets
# service_pid and startup_ms (process start to the first UP answer).
start_service() {
	local name=$1; shift
	local started
	if curl -s "http://127.0.0.1:$coach_port/actuator/health" > /dev/null 2>&1; then
		echo "port $coach_port is already in use; stop whatever listens there first" >&2; exit 1
	fi
	started=$(now_ms)
	# shellcheck disable=SC2086
	java $service_opts ${launch_opts:-} -jar "${launch_jar:-$service_jar}" --server.port=$coach_port "$@" > "$work/$name.log" 2>&1 &
	service_pid=$!
	pids+=($service_pid)
	for _ in $(seq 1 1200); do
		if curl -s "http://127.0.0.1:$coach_port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			startup_ms=$(( $(now_ms) - started ))
			return 0
		fi
		if ! kill -0 "$service_pid" 2>/dev/null; then
			echo "the service stopped during start-up; see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; exit 1
		fi
		sleep 0.1
	done
	echo "the service did not report UP within 120 s" >&2; exit 1
}

stop_service() {
	kill "$service_pid" 2>/dev/null || true
	wait "$service_pid" 2>/dev/null || true
}

indexed_ms() { sed -n 's/.*Indexed .* in \([0-9]*\) ms.*/\1/p' "$work/$1.log" | head -1; }

# drive ARGS...: runs the load driver and prints its RESULT line.
drive() {
	java -Xss512k -cp "$bench_cp" org.compassioncoach.bench.LoadDriver "$@" | grep '^RESULT'
}

model_requests() { curl -s "http://127.0.0.1:$model_port/stats" | sed -n 's/requests=\([0-9]*\).*/\1/p'; }

field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

heap_used_mib() {
	jcmd "$1" GC.run > /dev/null
	sleep 1
	# The heap's own lines ("garbage-first heap", or the serial and parallel generations), not metaspace.
	jcmd "$1" GC.heap_info | awk '/heap|generation|PSYoungGen|ParOldGen/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); sum += v } }
		END { printf "%.1f", sum / 1024 }'
}

run_load() {
	start_model
	local cache="$work/embeddings"

	log "start-up, cold (empty embedding cache)"
	start_service cold --coach.embedding.cache-dir="$cache"
	cold_ms=$startup_ms; cold_index=$(indexed_ms cold); cold_rss=$(rss_mib "$service_pid")
	stop_service
	log "start-up, warm (cache from the cold start)"
	start_service warm --coach.embedding.cache-dir="$cache"
	warm_ms=$startup_ms; warm_index=$(indexed_ms warm)
	stop_service
	log "start-up as the Dockerfile runs it: the jar extracted, with a class data sharing archive"
	java -Djarmode=tools -jar "$service_jar" extract --destination "$work/extracted" > /dev/null
	local extracted
	extracted="$work/extracted/$(basename "$service_jar")"
	# shellcheck disable=SC2086
	java $service_opts -XX:ArchiveClassesAtExit="$work/extracted/coach.jsa" -jar "$extracted" \
		--coach.warm-up=true --server.port=0 --coach.embedding.cache-dir="$cache" > "$work/cds-training.log" 2>&1
	launch_jar=$extracted launch_opts="-XX:SharedArchiveFile=$work/extracted/coach.jsa" \
		start_service image --coach.embedding.cache-dir="$cache"
	image_ms=$startup_ms; image_rss=$(rss_mib "$service_pid")
	stop_service

	log "LLM mode against the scripted model ($first_token_ms ms to the first token, then one every $token_ms ms)"
	start_service llm --coach.embedding.cache-dir="$cache" \
		--coach.llm.base-url="http://127.0.0.1:$model_port/v1" --coach.llm.max-concurrent=1000
	log "first wave on a fresh process: 100 streams, one turn each"
	cold_wave=$(drive --scenario=stream --users=100 --turns=1 --warmup-turns=0 --ramp-ms=1000)
	log "warming up"
	drive --scenario=stream --users=50 --turns=6 --warmup-turns=0 > /dev/null
	drive --scenario=direct --base="http://127.0.0.1:$model_port/v1" --users=50 --turns=2 --warmup-turns=0 > /dev/null
	log "100 concurrent streams: straight from the model, then through the coach (load $(load_avg))"
	direct100=$(drive --scenario=direct --base="http://127.0.0.1:$model_port/v1" --users=100 --turns=$turns)
	local cpu_before
	cpu_before=$(cpu_ms "$service_pid")
	coach100=$(drive --scenario=stream --users=100 --turns=$turns)
	cpu_per_turn=$(awk -v a="$(cpu_ms "$service_pid")" -v b="$cpu_before" -v n="$(field "$coach100" sent)" \
		'BEGIN { printf "%.1f", (a - b) / n }')
	log "500 concurrent streams (load $(load_avg))"
	direct500=$(drive --scenario=direct --base="http://127.0.0.1:$model_port/v1" --users=500 --turns=$turns500 --ramp-ms=2000)
	coach500=$(drive --scenario=stream --users=500 --turns=$turns500 --ramp-ms=2000)
	llm_rss=$(rss_mib "$service_pid")
	sleep 10
	llm_rss_idle=$(rss_mib "$service_pid")
	connections=$(curl -s "http://127.0.0.1:$model_port/stats")

	log "graceful shutdown with 20 streams in flight"
	local asked
	asked=$(model_requests)
	drive --scenario=stream --users=20 --turns=1 --warmup-turns=0 --ramp-ms=0 > "$work/shutdown-streams.txt" &
	local driver=$!
	# Stop the service once all 20 streams have reached the model, i.e. are mid-reply.
	for _ in $(seq 1 100); do
		[ $(( $(model_requests) - asked )) -ge 20 ] && break
		sleep 0.05
	done
	local stopping
	stopping=$(now_ms)
	stop_service
	shutdown_ms=$(( $(now_ms) - stopping ))
	wait "$driver" || true
	shutdown_streams=$(cat "$work/shutdown-streams.txt")

	log "offline mode: 8 concurrent users, then $conversations conversations"
	start_service offline --coach.embedding.cache-dir="$cache"
	drive --scenario=offline --users=8 --turns=100 --warmup-turns=0 > /dev/null
	offline=$(drive --scenario=offline --users=8 --turns=$offline_turns --warmup-turns=5 --ramp-ms=100)
	heap_before=$(heap_used_mib "$service_pid")
	rss_before=$(rss_mib "$service_pid")
	convs=$(drive --scenario=offline --users=8 --turns=$(( conversations / 8 )) --warmup-turns=0 \
		--turns-per-conversation=1 --ramp-ms=100 --max-seconds=600)
	rss_after=$(rss_mib "$service_pid")
	heap_after=$(heap_used_mib "$service_pid")
	rss_after_gc=$(rss_mib "$service_pid")
	# Long conversations: 10 turns each fill the 20-message history a conversation keeps.
	long_convs=$(( conversations / 10 ))
	drive --scenario=offline --users=8 --turns=$(( long_convs * 10 / 8 )) --warmup-turns=0 \
		--turns-per-conversation=10 --ramp-ms=100 --max-seconds=600 > /dev/null
	heap_long=$(heap_used_mib "$service_pid")
	rss_long=$(rss_mib "$service_pid")
	stop_service

	per_conv_kib=$(awk -v a="$heap_after" -v b="$heap_before" -v n="$conversations" 'BEGIN { printf "%.1f", (a - b) * 1024 / n }')
	# The store is full (max-conversations = 10 000), so each long conversation evicted a short one.
	per_long_kib=$(awk -v a="$heap_long" -v b="$heap_after" -v n="$long_convs" -v s="$per_conv_kib" \
		'BEGIN { printf "%.1f", (a - b) * 1024 / n + s }')
	{
		echo "# Benchmark run $stamp"
		echo
		echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
		echo "Load average at the end: $(load_avg) (other work on the machine counts here)."
		echo "Service JVM options: ${service_opts:-none (plain java -jar)}. Scripted model: first token after $first_token_ms ms, then one token every $token_ms ms."
		echo
		echo "| measure | result | target |"
		echo "|---|---|---|"
		echo "| start-up, cold (empty embedding cache) | $cold_ms ms to UP (indexing $cold_index ms) | < 10 s |"
		echo "| start-up, warm | $warm_ms ms to UP (indexing $warm_index ms) | < 10 s |"
		echo "| start-up as the image runs it (extracted jar, class data sharing, warm) | $image_ms ms to UP, RSS $image_rss MiB | < 10 s |"
		for pair in "100:$direct100:$coach100" "500:$direct500:$coach500"; do
			IFS=: read -r users direct coach <<< "$pair"
			echo "| first sentence, $users streams: direct p50 / p95 | $(field "$direct" first_p50) / $(field "$direct" first_p95) ms | |"
			echo "| first sentence, $users streams: coach p50 / p95 | $(field "$coach" first_p50) / $(field "$coach" first_p95) ms | |"
			echo "| **ratio coach ÷ direct, $users streams, p50 / p95** | **$(ratio "$(field "$coach" first_p50)" "$(field "$direct" first_p50)") / $(ratio "$(field "$coach" first_p95)" "$(field "$direct" first_p95)")** | ≤ 1.10 at 100 |"
			echo "| errors, $users streams (coach / direct) | $(field "$coach" errors) of $(field "$coach" n) / $(field "$direct" errors) | 0 at 500 |"
			echo "| answered by the safety layer, $users streams (not timed) | $(field "$coach" supportive) | |"
		done
		echo "| first wave on a fresh process (100 streams, 1 turn): p50 / p95 | $(field "$cold_wave" first_p50) / $(field "$cold_wave" first_p95) ms, errors $(field "$cold_wave" errors) | |"
		echo "| service CPU per streamed turn (100 streams) | $cpu_per_turn ms | |"
		echo "| model connections opened / requests | $connections | reused |"
		echo "| RSS right after the LLM load / after 10 s idle | $llm_rss / $llm_rss_idle MiB | < 768 MiB |"
		echo "| offline turn, 8 users: p50 / p99 | $(field "$offline" first_p50) / $(field "$offline" first_p99) ms | p99 < 100 ms |"
		echo "| offline throughput, 8 users | $(field "$offline" throughput) turns/s | |"
		echo "| $conversations conversations (1 turn each, 8 users) | $(field "$convs" throughput) turns/s, errors $(field "$convs" errors) | |"
		echo "| RSS before / after them / after a GC | $rss_before / $rss_after / $rss_after_gc MiB | < 768 MiB |"
		echo "| heap after GC before / after them | $heap_before / $heap_after MiB ($per_conv_kib KiB per conversation) | bounded by max-conversations |"
		echo "| then $long_convs conversations of 10 turns (20 messages kept) | heap after GC $heap_long MiB ($per_long_kib KiB per long conversation), RSS $rss_long MiB | |"
		echo "| graceful shutdown, 20 streams in flight | stopped in $shutdown_ms ms; streams: errors $(field "$shutdown_streams" errors) of $(( $(field "$shutdown_streams" n) + $(field "$shutdown_streams" errors) )) | all finish |"
		echo "| start-up RSS (cold) | $cold_rss MiB | |"
		echo
		echo "Raw driver lines:"
		echo '```'
		for line in "$cold_wave" "$direct100" "$coach100" "$direct500" "$coach500" "$offline" "$convs" "$shutdown_streams"; do
			echo "$line"
		done
		echo '```'
	} > "$report"
	cat "$report"
}

run_ratio() {
	start_model
	start_service ratio --coach.llm.base-url="http://127.0.0.1:$model_port/v1" --coach.llm.max-concurrent=1000
	log "warming up"
	drive --scenario=stream --users=50 --turns=6 --warmup-turns=0 > /dev/null
	drive --scenario=direct --base="http://127.0.0.1:$model_port/v1" --users=50 --turns=2 --warmup-turns=0 > /dev/null
	log "100 concurrent streams: straight from the model, then through the coach (load $(load_avg))"
	local direct coach
	direct=$(drive --scenario=direct --base="http://127.0.0.1:$model_port/v1" --users=100 --turns=$turns)
	local service_cpu model_cpu model_pid=${pids[0]}
	service_cpu=$(cpu_ms "$service_pid")
	model_cpu=$(cpu_ms "$model_pid")
	coach=$(drive --scenario=stream --users=100 --turns=$turns)
	service_cpu=$(( $(cpu_ms "$service_pid") - service_cpu ))
	model_cpu=$(( $(cpu_ms "$model_pid") - model_cpu ))
	stop_service
	{
		echo "# Ratio run $stamp (load average $(load_avg), service JVM options: ${service_opts:-none})"
		echo
		echo "| 100 streams | direct | coach | ratio |"
		echo "|---|---|---|---|"
		echo "| first sentence p50 | $(field "$direct" first_p50) ms | $(field "$coach" first_p50) ms | $(ratio "$(field "$coach" first_p50)" "$(field "$direct" first_p50)") |"
		echo "| first sentence p95 | $(field "$direct" first_p95) ms | $(field "$coach" first_p95) ms | $(ratio "$(field "$coach" first_p95)" "$(field "$direct" first_p95)") |"
		echo "| errors | $(field "$direct" errors) | $(field "$coach" errors) of $(field "$coach" n) | |"
		echo "| answered by the safety layer (not timed) | | $(field "$coach" supportive) | |"
		echo
		echo "CPU per streamed turn while the coach was measured (all $(field "$coach" sent) turns, warm-up ones included):" \
			"service $(awk -v c="$service_cpu" -v n="$(field "$coach" sent)" 'BEGIN { printf "%.1f", c / n }') ms," \
			"scripted model $(awk -v c="$model_cpu" -v n="$(field "$coach" sent)" 'BEGIN { printf "%.1f", c / n }') ms."
	} > "$report"
	cat "$report"
}

run_jmh() {
	local cp
	cp="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"
	local jmh_args=(-f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff "$results/$stamp-jmh.txt")
	$quick && jmh_args=(-f 1 -wi 2 -w 1s -i 3 -r 1s -rf text -rff "$results/$stamp-jmh.txt")
	log "JMH: ${jmh_args[*]}"
	(cd "$work" && java -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" 'org.compassioncoach.*Benchmark.*')
	cat "$results/$stamp-jmh.txt"
}

$build && build_all
case "$what" in
	load) run_load ;;
	ratio) run_ratio ;;
	jmh) run_jmh ;;
	all) run_load; run_jmh ;;
esac
log "logs in $work"
