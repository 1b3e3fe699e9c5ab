"""Is this installation working? The self-test, the Qt platform check before the window opens, and
the synthetic model it runs.
"""
