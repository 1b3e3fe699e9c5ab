#!/usr/bin/env bash
# Pack a frozen gpt4local bundle as a .deb (called by installer/build_linux.sh):
#   installer/linux/make_deb.sh BUNDLE_DIR VERSION BACKEND OUTPUT.deb WORK_DIR
#
# Layout: /opt/gpt4local (the bundle), /usr/bin/gpt4local -> /opt/gpt4local/gpt4local,
# /usr/share/applications/gpt4local.desktop, icons in /usr/share/icons/hicolor, docs in
# /usr/share/doc/gpt4local, a manual page. Depends/Recommends come from the bundle's ELF files
# (deb_depends.py).
set -euo pipefail

die() { echo "make_deb: error: $*" >&2; exit 1; }
[ $# -eq 5 ] || die "usage: make_deb.sh BUNDLE_DIR VERSION BACKEND OUTPUT.deb WORK_DIR"
BUNDLE="$1" VERSION="$2" BACKEND="$3" OUTPUT="$4" WORK="$5"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
[ -x "$BUNDLE/gpt4local" ] || die "no bundle at $BUNDLE (run PyInstaller first)"
for tool in dpkg-deb dpkg readelf ldconfig; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install dpkg binutils)"
done
ARCH="$(dpkg --print-architecture)"
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"

ROOTFS="$WORK/root"
rm -rf "$WORK"
mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications" \
    "$ROOTFS/usr/share/icons/hicolor/scalable/apps" "$ROOTFS/usr/share/doc/gpt4local" \
    "$ROOTFS/usr/share/lintian/overrides"

# The bundle, with Debian's usual modes: directories and programs 0755, everything else 0644.
cp -a "$BUNDLE" "$ROOTFS/opt/gpt4local"
find "$ROOTFS/opt/gpt4local" -type d -exec chmod 0755 {} +
find "$ROOTFS/opt/gpt4local" -type f -exec chmod 0644 {} +
chmod 0755 "$ROOTFS/opt/gpt4local/gpt4local"
ln -s /opt/gpt4local/gpt4local "$ROOTFS/usr/bin/gpt4local"

install -m 0644 "$REPO/installer/linux/gpt4local.desktop" "$ROOTFS/usr/share/applications/"
install -m 0644 "$REPO/resources/icons/gpt4local.svg" "$ROOTFS/usr/share/icons/hicolor/scalable/apps/"
# PNG icons, if any were made (resources/icons/gpt4local*.png), go to their hicolor size folder.
shopt -s nullglob
for png in "$REPO"/resources/icons/gpt4local*.png; do
    size="$("$PYTHON" -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); w,h=struct.unpack(">II",d[16:24]); print(f"{w}x{h}" if w==h and d[:8]==b"\x89PNG\r\n\x1a\n" else "")' "$png")"
    case "$size" in
        16x16|22x22|24x24|32x32|48x48|64x64|128x128|256x256|512x512|1024x1024)
            install -D -m 0644 "$png" "$ROOTFS/usr/share/icons/hicolor/$size/apps/gpt4local.png" ;;
        *) echo "make_deb: skipping $png (not a square PNG of a standard icon size)" >&2 ;;
    esac
done
shopt -u nullglob

install -m 0644 "$HERE/deb/copyright" "$ROOTFS/usr/share/doc/gpt4local/copyright"
mkdir -p "$ROOTFS/usr/share/man/man1"
gzip -n -9 < "$HERE/gpt4local.1" > "$ROOTFS/usr/share/man/man1/gpt4local.1.gz"
chmod 0644 "$ROOTFS/usr/share/man/man1/gpt4local.1.gz"
# A native package's changelog: one entry for this build.
{
    echo "gpt4local ($VERSION) stable; urgency=medium"
    echo
    echo "  * gpt4local $VERSION, llama.cpp $BACKEND build."
    echo
    echo " -- gpt4local developers <dev@gpt4local.invalid>  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -n -9 > "$ROOTFS/usr/share/doc/gpt4local/changelog.gz"
chmod 0644 "$ROOTFS/usr/share/doc/gpt4local/changelog.gz"
install -m 0644 "$HERE/deb/lintian-overrides" "$ROOTFS/usr/share/lintian/overrides/gpt4local"

# Maintainer scripts and control file.
install -m 0755 "$HERE/deb/postinst" "$HERE/deb/postrm" "$ROOTFS/DEBIAN/"
DEPENDENCY_LINES="$("$PYTHON" "$HERE/deb_depends.py" "$ROOTFS/opt/gpt4local")" \
    || die "could not work out the package dependencies (see above)"
DEPENDS="$(sed -n 's/^Depends: //p' <<<"$DEPENDENCY_LINES")"
RECOMMENDS="$(sed -n 's/^Recommends: //p' <<<"$DEPENDENCY_LINES")"
# Data that bundled libraries read from the system: fontconfig's configuration (which brings a
# default font along), the XKB keyboard layouts of libxkbcommon, and the certificate store that
# HTTPS to Hugging Face is checked against.
DEPENDS="$DEPENDS, fontconfig-config, xkb-data, ca-certificates"
# Chinese (and Japanese) text needs a CJK font, which few default installs have: without it the
# window shows boxes. Recommended, not required: most users never switch to these languages.
RECOMMENDS="${RECOMMENDS:+$RECOMMENDS, }fonts-noto-cjk"
if [ "$BACKEND" = vulkan ]; then
    DEPENDS="$DEPENDS, libvulkan1"  # the Vulkan loader is never bundled (it must match the driver)
fi
INSTALLED_SIZE="$(du -sk --apparent-size --exclude=DEBIAN "$ROOTFS" | cut -f1)"
sed -e "s|@VERSION@|$VERSION|" -e "s|@ARCH@|$ARCH|" -e "s|@BACKEND@|$BACKEND|" \
    -e "s|@INSTALLED_SIZE@|$INSTALLED_SIZE|" -e "s|@DEPENDS@|$DEPENDS|" \
    -e "s|@RECOMMENDS@|$RECOMMENDS|" "$HERE/deb/control.in" > "$ROOTFS/DEBIAN/control"
if [ -z "$RECOMMENDS" ]; then
    sed -i '/^Recommends: *$/d' "$ROOTFS/DEBIAN/control"
fi
(cd "$ROOTFS" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$ROOTFS/DEBIAN/control" "$ROOTFS/DEBIAN/md5sums"
echo "--- DEBIAN/control"
cat "$ROOTFS/DEBIAN/control"
echo "---"

# Files owned by root whatever the builder's user; xz, which every dpkg can unpack.
mkdir -p "$(dirname "$OUTPUT")"
dpkg-deb --root-owner-group -Zxz --build "$ROOTFS" "$OUTPUT.tmp" >/dev/null
mv "$OUTPUT.tmp" "$OUTPUT"
rm -rf "$WORK"
echo "built $OUTPUT"
