"""
Boek 2 BW by article: the scope (art. 2:397 and 2:166/2:276 lid 1), the quota (art. 2:142b),
the targets (art. 2:166/2:276 lid 2) and the reporting duties (lid 3, art. 3d Besluit inhoud
bestuursverslag).
"""
