#!/usr/bin/env bash
# A contact sheet of first looks: the default `nacre still` of each prompt in a list, tiled with its prompt under it.
#   scripts/contact-sheet.sh prompts.txt sheet.png [--seed N] [--columns 4] [--res 426x240] [--quality final|live]
# prompts.txt: one prompt a line (a tab and anything after it is ignored, so the corpus TSV works as is).
# Uses ./nacre (which installs and builds what it needs) and ffmpeg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 2 ]; then
  echo "usage: scripts/contact-sheet.sh prompts.txt sheet.png [--seed N] [--columns 4] [--res 426x240] [--quality final|live]" >&2
  exit 2
fi
list="$1" sheet="$2"; shift 2
seed=3 columns=4 res=426x240 quality=final
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --columns) columns="$2"; shift 2 ;;
    --res) res="$2"; shift 2 ;;
    --quality)
      case "$2" in
        final|live) quality="$2"; shift 2 ;;
        *) echo "contact-sheet: --quality '$2' is not a render tier: use final (the default) or live" >&2; exit 2 ;;
      esac ;;
    *) echo "contact-sheet: unknown option '$1': expected --seed, --columns, --res or --quality" >&2; exit 2 ;;
  esac
done
[ -f "$list" ] || { echo "contact-sheet: no prompt list at '$list'" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
fontopt="fontfile=$font"
[ -f "$font" ] || fontopt="font=Sans"
n=0
while IFS=$'\t' read -r prompt _; do
  [ -z "$prompt" ] && continue
  n=$((n + 1))
  tile="$work/$(printf %03d "$n")"
  "$here/nacre" still "$prompt" --seed "$seed" --res "$res" --quality "$quality" -o "$tile.png" </dev/null >/dev/null
  # drawtext's text is inside a filter graph: escape backslashes, colons and commas; a quote becomes a typographic one.
  label="${prompt//\\/\\\\}"; label="${label//:/\\:}"; label="${label//,/\\,}"; label="${label//\'/’}"
  [ ${#label} -gt 62 ] && label="${label:0:60}…"
  # The prompt under the picture, on a dark band.
  ffmpeg -nostdin -loglevel error -y -i "$tile.png" -vf "pad=iw:ih+22:0:0:0x1c1c1c,drawtext=$fontopt:text='$label':fontcolor=white:fontsize=12:x=6:y=h-17" "$tile.t.png"
done < "$list"
[ "$n" -gt 0 ] || { echo "contact-sheet: '$list' has no prompts" >&2; exit 2; }
rows=$(( (n + columns - 1) / columns ))
size=$(ffprobe -v error -select_streams v -show_entries stream=width,height -of csv=s=x:p=0 "$work/001.t.png")
inputs=()
for i in $(seq 1 $((rows * columns))); do
  f="$work/$(printf %03d "$i").t.png"
  # Empty cells of the last row are dark.
  [ -f "$f" ] || ffmpeg -loglevel error -y -f lavfi -i "color=c=0x1c1c1c:s=$size" -frames:v 1 "$f"
  inputs+=(-i "$f")
done
w=$(ffprobe -v error -select_streams v -show_entries stream=width -of csv=p=0 "$work/001.t.png")
h=$(ffprobe -v error -select_streams v -show_entries stream=height -of csv=p=0 "$work/001.t.png")
positions=""
for i in $(seq 0 $((rows * columns - 1))); do
  positions+="$(( (i % columns) * w ))_$(( (i / columns) * h ))|"
done
ffmpeg -loglevel error -y "${inputs[@]}" -filter_complex "xstack=inputs=$((rows * columns)):layout=${positions%|}" "$work/sheet.png"
mv "$work/sheet.png" "$sheet"
echo "wrote $sheet ($n stills, $columns × $rows)"
