#!/usr/bin/env bash
# Where a process's CPU goes, by thread group, while a command runs.
#
# Usage: bench/scripts/thread-cpu.sh PID TURNS -- COMMAND [ARGS...]
#   PID    the service's process id
#   TURNS  how many turns COMMAND sends (to print milliseconds per turn)
# Threads are grouped by name with digits removed (reactor-http-epoll-N, embedding-N, C2
# CompilerThreadN...); native time (the MiniLM model) counts to the thread that ran it.
set -euo pipefail
pid=$1; turns=$2; shift 3
hz=$(getconf CLK_TCK)
snapshot() {
	for task in /proc/"$pid"/task/*; do
		name=$(tr -d '0-9' < "$task/comm" | tr ' ' '_')
		awk -v n="$name" '{ print n, $14 + $15 }' "$task/stat" 2>/dev/null || true
	done | awk '{ a[$1] += $2 } END { for (k in a) print k, a[k] }' | sort
}
before=$(snapshot)
"$@"
after=$(snapshot)
join -a2 -e0 -o 0,1.2,2.2 <(echo "$before") <(echo "$after") |
	awk -v hz="$hz" -v n="$turns" '{ d = ($3 - $2) * 1000 / hz / n; t += d; if (d > 0.005) printf "%-28s %6.2f ms/turn\n", $1, d }
		END { printf "%-28s %6.2f ms/turn\n", "total", t }' | sort -k2 -nr
