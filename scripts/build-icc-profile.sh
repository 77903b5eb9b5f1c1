#!/usr/bin/env bash
# Build the CMYK output-intent ICC profile icc/FOGRA39-drukwerk.icc from the FOGRA39L
# characterization data, with ArgyllCMS colprof.
#
# Needs (Debian/Ubuntu):
#   apt-get install icc-profiles-free argyll
#     icc-profiles-free  /usr/share/color/icc/FOGRA39L.ti3 (the measurement data) and sRGB.icc
#     argyll             colprof (builds the profile); iccdump, xicclu, profcheck (to inspect it)
#   node                 (already needed by the project) patches the header date, see below
#
# Usage:
#   scripts/build-icc-profile.sh                       # FOGRA39L.ti3 -> icc/FOGRA39-drukwerk.icc
#   scripts/build-icc-profile.sh DATA.ti3 OUT.icc "Description"   # another characterization set
#   Every profile needs its output intent description next to it, OUT.yaml (identifier, condition,
#   registryName, info), written by hand: see icc/README.md.
#   Environment: INK_LIMIT (default 300), COPYRIGHT (default names the .ti3 ORIGINATOR),
#                SOURCE_DATE_EPOCH (header date, default 2025-01-01T00:00:00Z)
#
# What the profile is:
#   - an output profile (device class 'prtr'), CMYK -> Lab PCS, ICC v2.2 (Argyll's default);
#   - total ink limit 300 % (-l300), black limit 100 %;
#   - black generation: medium GCR (-k p 0 0.1 1 1 0.7): no K in the lightest 10 % of
#     the tone range, then rising (concave curve) to 100 % K at black;
#   - -qm: A2B tables with a 9^4 grid + 1024-entry shaper curves (profcheck against the data:
#     avg 0.16 / max 0.72 dE76), B2A tables 17^3. About 220 KB; -qh would be ~900 KB for an
#     accuracy gain (avg 0.05 dE) below the measurement noise of the data;
#   - -nc: the .ti3 data is not embedded in the profile (keeps it small);
#   - -s sRGB.icc -c mt -d pp: the perceptual B2A table is gamut-mapped for sRGB sources
#     (monitor in a typical environment -> practical reflection print), which is what an
#     RGB -> CMYK image conversion with the perceptual intent (sharp/libvips) uses.
#     The relative/absolute colorimetric B2A table clips, as usual.
#
# Reproducibility: colprof writes the current date and time into the header
# (dateTimeNumber, 12 bytes at offset 24) and has no option to set it; everything else is
# deterministic. The script overwrites that field with a fixed date ($SOURCE_DATE_EPOCH if
# set, else 2025-01-01 00:00:00 UTC) and, should a profile ID (MD5, bytes 84..99) be present,
# recomputes it per ICC.1 (MD5 over the whole profile with the flags (44..47), rendering
# intent (64..67) and ID (84..99) fields zeroed). Argyll writes v2.2 profiles, whose ID field
# is reserved and left all zeros, so normally only the date changes. Two runs give identical bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ti3="${1:-/usr/share/color/icc/FOGRA39L.ti3}"
out="${2:-$root/icc/FOGRA39-drukwerk.icc}"
desc="${3:-FOGRA39 (ISO Coated v2) - drukwerk build from FOGRA39L data}"
srgb="/usr/share/color/icc/sRGB.icc"
epoch="${SOURCE_DATE_EPOCH:-1735689600}" # 2025-01-01T00:00:00Z
ink_limit="${INK_LIMIT:-300}"             # total area coverage in %

for tool in colprof node; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install icc-profiles-free argyll)" >&2; exit 1; }
done
[[ -r "$ti3" ]] || { echo "error: $ti3 not found (apt-get install icc-profiles-free)" >&2; exit 1; }
[[ -r "$srgb" ]] || { echo "error: $srgb not found (apt-get install icc-profiles-free)" >&2; exit 1; }

originator="$(sed -n 's/^ORIGINATOR[[:space:]]*"\(.*\)".*/\1/p' "$ti3" | head -n 1)"
copyright="${COPYRIGHT:-Characterization data $(basename "$ti3" .ti3): ${originator:-unknown}, as shipped by Debian icc-profiles-free (zlib licence). Profile built by drukwerk with ArgyllCMS colprof.}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$ti3" "$tmp/profile.ti3"

# The ICC v2 'desc' tag is 7-bit ASCII, so keep the description ASCII (no en dash).
args=(-v -qm -nc "-l$ink_limit" -k p 0 0.1 1 1 0.7 -s "$srgb" -c mt -d pp -D "$desc" -C "$copyright" "$tmp/profile")
{ printf '%q ' colprof "${args[@]}"; echo; } >&2
( cd "$tmp" && colprof "${args[@]}" ) >"$tmp/colprof.log" 2>&1 || { cat "$tmp/colprof.log" >&2; exit 1; }

# Fixed creation date (+ profile ID if present), and a sanity check of the header.
node - "$tmp/profile.icc" "$epoch" <<'EOF'
const fs = require('fs');
const crypto = require('crypto');
const [file, epoch] = process.argv.slice(2);
const icc = fs.readFileSync(file);
const sig = (o) => icc.toString('latin1', o, o + 4);
if (icc.readUInt32BE(0) !== icc.length || sig(36) !== 'acsp') throw new Error('not an ICC profile');
if (sig(12) !== 'prtr' || sig(16) !== 'CMYK' || sig(20) !== 'Lab ') {
  throw new Error(`unexpected header: class ${sig(12)}, colour space ${sig(16)}, PCS ${sig(20)}`);
}
const d = new Date(Number(epoch) * 1000);
[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
  .forEach((v, i) => icc.writeUInt16BE(v, 24 + 2 * i));
if (icc.subarray(84, 100).some((b) => b !== 0)) {
  const copy = Buffer.from(icc);
  copy.fill(0, 44, 48); // profile flags
  copy.fill(0, 64, 68); // rendering intent
  copy.fill(0, 84, 100); // profile ID
  crypto.createHash('md5').update(copy).digest().copy(icc, 84);
}
fs.writeFileSync(file, icc);
EOF

mkdir -p "$(dirname "$out")"
cp "$tmp/profile.icc" "$out"
size=$(stat -c %s "$out")
hash=$(sha256sum "$out" | cut -d' ' -f1)
echo "wrote $out ($size bytes, sha256 $hash)" >&2
# the build needs the profile's output intent description next to it (see icc/README.md)
desc_file="${out%.*}.yaml"
[[ -e "$desc_file" || -e "${out%.*}.yml" ]] || echo "note: write $desc_file (identifier, condition, registryName, info) before a build uses this profile; see icc/README.md" >&2
