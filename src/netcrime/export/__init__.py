"""Each lesson's exercise as an assignment for the grading tool an institution already runs.

``python -m netcrime export nbgrader LESSON OUT`` and ``python -m netcrime export otter LESSON OUT``
turn ``solutions/NN_*.ipynb`` (whose answers are already marked ``### BEGIN SOLUTION`` /
``### END SOLUTION``) into an nbgrader source notebook or an otter-grader master notebook. Each
question's ``qN.check()`` becomes a graded test worth the question's points that calls the course's
own check, so nbgrader's formgrader or otter/Gradescope give the same verdicts as the notebook.
"""
