"""The designed look: colours (palettes.py), the spacing and type scales (scale.py) and the
application style sheet built from both (sheet.py). ui/theme.py applies them."""
