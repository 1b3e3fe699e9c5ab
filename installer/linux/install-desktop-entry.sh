#!/usr/bin/env bash
# Add gpt4local (unpacked from the .tar.gz) to *your* application menu, without root:
#   ./install-desktop-entry.sh              menu entry + icon (+ ~/.local/bin/gpt4local link)
#   ./install-desktop-entry.sh --uninstall  take them away again
# It only writes the menu entry, the icon and the link. Your models, chats and settings (in
# ~/.local/share/gpt4local, ~/.config/gpt4local, ~/.cache/gpt4local) are never touched; to move
# the app, move this folder and run the script again.
set -euo pipefail

APP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPLICATIONS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"
BIN_DIR="$HOME/.local/bin"
DESKTOP_FILE="$APPLICATIONS/gpt4local.desktop"

die() { echo "install-desktop-entry: $*" >&2; exit 1; }

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPLICATIONS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
    fi
}

# PNG width and height from its IHDR chunk (bytes 16..23), e.g. "256x256".
png_size() {
    local -a b
    read -r -a b < <(od -An -tu1 -j16 -N8 "$1")
    [ "${#b[@]}" -eq 8 ] || return 1
    echo "$(( (b[0]<<24) + (b[1]<<16) + (b[2]<<8) + b[3] ))x$(( (b[4]<<24) + (b[5]<<16) + (b[6]<<8) + b[7] ))"
}

# A desktop-entry Exec argument: quoted, with the characters the spec reserves escaped; then the
# string-level escaping of backslashes that every desktop-entry value gets.
exec_quote() {
    local s="$1"
    s="${s//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//\`/\\\`}"; s="${s//\$/\\\$}"
    s="\"$s\""
    s="${s//\\/\\\\}"
    printf '%s' "${s//%/%%}"
}

uninstall() {
    rm -f "$DESKTOP_FILE" "$ICONS/scalable/apps/gpt4local.svg"
    rm -f "$ICONS"/*/apps/gpt4local.png
    if [ -L "$BIN_DIR/gpt4local" ]; then
        rm -f "$BIN_DIR/gpt4local"
    fi
    refresh_caches
    echo "Removed the gpt4local menu entry. Your models, chats and settings were not touched."
}

install() {
    [ -x "$APP_DIR/gpt4local" ] || die "no gpt4local executable next to this script ($APP_DIR)"
    [ -f "$APP_DIR/gpt4local.desktop" ] || die "gpt4local.desktop is missing from $APP_DIR"
    mkdir -p "$APPLICATIONS" "$ICONS/scalable/apps"
    cp "$APP_DIR/gpt4local.svg" "$ICONS/scalable/apps/gpt4local.svg"
    if [ -f "$APP_DIR/gpt4local.png" ] && size="$(png_size "$APP_DIR/gpt4local.png")"; then
        mkdir -p "$ICONS/$size/apps"
        cp "$APP_DIR/gpt4local.png" "$ICONS/$size/apps/gpt4local.png"
    fi
    local exec_value tryexec_value
    exec_value="$(exec_quote "$APP_DIR/gpt4local")"
    tryexec_value="${APP_DIR//\\/\\\\}/gpt4local"
    # Same entry as the .deb's, pointing at this folder instead of /opt/gpt4local.
    while IFS= read -r line; do
        case "$line" in
            Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
            TryExec=*) printf 'TryExec=%s\n' "$tryexec_value" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$APP_DIR/gpt4local.desktop" > "$DESKTOP_FILE.tmp"
    mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"
    # `gpt4local` in a terminal too, if ~/.local/bin is free for it (it is on PATH in most distros).
    mkdir -p "$BIN_DIR"
    if [ ! -e "$BIN_DIR/gpt4local" ] || [ -L "$BIN_DIR/gpt4local" ]; then
        ln -sfn "$APP_DIR/gpt4local" "$BIN_DIR/gpt4local"
    else
        echo "note: $BIN_DIR/gpt4local exists and is not a link; left as it is" >&2
    fi
    refresh_caches
    echo "gpt4local is in your application menu (entry: $DESKTOP_FILE)."
    echo "Run it from a terminal with: $BIN_DIR/gpt4local"
}

case "${1:-}" in
    "") install ;;
    --uninstall|-u) uninstall ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
    *) die "unknown option '$1' (use --uninstall, or no option to install)" ;;
esac
