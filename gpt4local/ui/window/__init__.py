"""The main window, its menus, banners and the About dialog."""
