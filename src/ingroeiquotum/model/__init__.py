"""
The facts a caller gives, with no law in them: genders, organs, compositions, companies,
and the plan of action.
"""
