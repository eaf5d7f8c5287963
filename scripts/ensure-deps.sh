#!/usr/bin/env bash
# Installs the Debian packages Nacre uses, once and quietly: sourced by ./nacre and ./test.sh.
#   ensure_debs PKG...   installs those of PKG that are missing (needs root or sudo; idempotent).
ensure_debs() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "nacre: need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  echo "nacre: installing ${missing[*]} (first run only)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # One update per machine and day is enough; a failed update is retried next time.
  local stamp=/var/lib/apt/periodic/nacre-update-stamp
  if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +1440 2>/dev/null)" ]; then
    $sudo apt-get update -qq >/dev/null 2>&1 && $sudo mkdir -p "$(dirname "$stamp")" && $sudo touch "$stamp"
  fi
  if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/nacre-apt.log 2>&1; then
    # A stale package index is the usual cause: refresh and try once more.
    $sudo apt-get update -qq >/dev/null 2>&1
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/nacre-apt.log 2>&1 \
      || { echo "nacre: could not install ${missing[*]}; see /tmp/nacre-apt.log" >&2; tail -5 /tmp/nacre-apt.log >&2; return 1; }
  fi
}

# What the engine needs at run time: headless OpenGL (Mesa through EGL), ffmpeg for video, WordNet for words,
# fonts for text in pictures, Python with numpy for the agents client (examples/agents).
NACRE_RUNTIME_DEBS=(libegl1 libegl-mesa0 libgl1-mesa-dri libgles2 libgbm1 ffmpeg wordnet-base fontconfig fonts-dejavu-core python3 python3-numpy)
