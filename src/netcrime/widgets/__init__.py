"""Interactive widgets used in the lessons, one module per widget.

Each widget keeps its logic in plain functions (tested without a browser) and
only wires them to ipywidgets here.
"""
