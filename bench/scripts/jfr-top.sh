#!/usr/bin/env bash
# Summarises CPU samples in a JFR recording: the hottest top frames, and the hottest frames
# anywhere on the stack (inclusive), so a cost can be traced to the code that causes it.
# Usage: bench/scripts/jfr-top.sh recording.jfr [rows] [frame-filter-regex]
set -eu
file=$1
rows=${2:-25}
filter=${3:-.}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$file" > "$file.samples.txt"
total=$(grep -c 'jdk.ExecutionSample' "$file.samples.txt" || true)
echo "samples: $total"
echo "--- top frames (self) ---"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$file.samples.txt" \
	| sort | uniq -c | sort -rn | head -n "$rows"
echo "--- frames anywhere on the stack (inclusive), matching $filter ---"
awk '/stackTrace = \[/ {in_stack=1; delete seen; next}
	in_stack && /^[ \t]*\]/ {in_stack=0; next}
	in_stack {f=$0; sub(/^[ \t]+/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) {seen[f]=1; print f}}' \
	"$file.samples.txt" | grep -E "$filter" | sort | uniq -c | sort -rn | head -n "$rows"
