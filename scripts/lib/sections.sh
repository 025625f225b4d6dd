# Sourced by the test scripts: `section TITLE CMD…` runs one step under a header, times it,
# and on failure prints the summary and exits. `summary` prints every step's time and the
# closing line (`sections: N passed, N failed`).
_section_rows=()
_section_passed=0

section() {
  local title=$1
  shift
  printf '\n=== %s ===\n$ %s\n' "$title" "$*"
  local start status=0
  start=$(date +%s.%N)
  "$@" || status=$?
  local took
  took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  if [ "$status" -ne 0 ]; then
    _section_rows+=("$(printf 'FAIL %7ss  %s (exit %s)' "$took" "$title" "$status")")
    printf '\n=== FAILED: %s (exit %s, %ss) ===\n' "$title" "$status" "$took"
    summary 1
    exit "$status"
  fi
  _section_rows+=("$(printf 'ok   %7ss  %s' "$took" "$title")")
  _section_passed=$((_section_passed + 1))
}

summary() {
  local failed=${1:-0}
  printf '\n=== summary ===\n'
  printf '%s\n' "${_section_rows[@]}"
  printf 'sections: %d passed, %d failed\n' "$_section_passed" "$failed"
}
