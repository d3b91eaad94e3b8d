"""
What-if tools that apply the law without adding to it: progress over the years, projections
and succession planning.
"""
