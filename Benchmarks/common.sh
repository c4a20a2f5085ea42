# Shared set-up of the benchmark scripts (sourced, not run). Each function prints progress on
# standard error only, so a script's standard output stays its results.
#
#   coldroute_binary [SCRATCH]   sets BIN: $COLDROUTE_BIN when given, else a release build of
#                                coldroute in SCRATCH (default .build), built here when needed
#   bench_venv CHECK PKG...      sets PY: the Python of Benchmarks/.venv, made when missing;
#                                installs PKG... from PyPI unless `python -c CHECK` succeeds
#   need_gnu_time                installs Debian's `time` (for /usr/bin/time -v) when missing

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

coldroute_binary() {
  local scratch="${1:-.build}"
  if [[ -n "${COLDROUTE_BIN:-}" ]]; then
    BIN="$COLDROUTE_BIN"
    return
  fi
  if ! [[ -f /usr/include/glpk.h ]]; then
    echo "installing libglpk-dev ..." >&2
    local sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libglpk-dev >/dev/null
  fi
  echo "building coldroute (release, $scratch) ..." >&2
  (cd "$bench_root" && swift build -c release --scratch-path "$scratch" --product coldroute >&2)
  BIN="$(cd "$bench_root" && swift build -c release --scratch-path "$scratch" --show-bin-path)/coldroute"
}

bench_venv() {
  local check="$1"; shift
  local venv="$bench_root/Benchmarks/.venv"
  [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
  PY="$venv/bin/python"
  if ! "$PY" -c "$check" 2>/dev/null; then
    echo "installing $* into Benchmarks/.venv ..." >&2
    "$venv/bin/pip" install -q "$@" >&2
  fi
}

need_gnu_time() {
  [[ -x /usr/bin/time ]] && return
  echo "installing GNU time ..." >&2
  local sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
}
