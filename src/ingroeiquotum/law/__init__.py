"""
The law as code: citations, dated parameters, readings and findings, and the rules of
Boek 2 BW (``law.bw2``) and of Directive (EU) 2022/2381 (``law.eu``).
"""
