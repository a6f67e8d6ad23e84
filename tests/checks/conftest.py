"""Set-up for the checks' tests: Altair's class table built once per process (``netcrime.altair_classes``), as
every lesson's ``netcrime.setup()`` does; these tests build hundreds of small charts (about 10 ms less each)."""
from netcrime import altair_classes

altair_classes.remember()
