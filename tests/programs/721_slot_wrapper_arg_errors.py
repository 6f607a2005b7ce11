# Calling dunders directly with the wrong arguments: CPython's slot wrappers count them
# ("expected 1 argument, got 0"; " expected 2 arguments, got 1" where the wrapper unpacks
# its tuple), while the dunders that are plain methods use the method conventions.
class A:
    pass
tests = [lambda: [].__len__(1), lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: "a".__getitem__(), lambda: [].__setitem__(0),
         lambda: A().__repr__(1), lambda: A().__init__(1), lambda: object.__init__(A(), 1), lambda: A().__eq__(), lambda: A().__hash__(1),
         lambda: {}.__contains__(), lambda: [].__iter__(1), lambda: (1).__neg__(1), lambda: A().__setattr__("x"), lambda: A().__getattribute__(),
         lambda: A().__str__(2), lambda: A().__format__(), lambda: A().__sizeof__(1), lambda: A().__dir__(1),
         lambda: int.__new__(), lambda: object.__new__(), lambda: A.__subclasses__(1), lambda: A.mro(1), lambda: type.__call__(),
         lambda: A().__ne__(), lambda: A().__lt__(1, 2), lambda: A().__class__(1), lambda: [].__contains__(), lambda: (1,).__len__(2)]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)

tests2 = [lambda: [].__getitem__(), lambda: {}.__getitem__(), lambda: set().__contains__(), lambda: frozenset().__contains__(), lambda: (1).__add__(x=1),
 lambda: (1).__pow__(), lambda: (1).__pow__(1,2,3), lambda: int.__add__(1), lambda: int.__add__(), lambda: object.__repr__(), lambda: [].__setitem__(0,1,2),
 lambda: ().__getitem__(), lambda: "a".__contains__(), lambda: {}.__setitem__(1), lambda: (1).__eq__(x=2), lambda: property().__get__(), lambda: [].__delitem__(),
 lambda: object().__setattr__("a"), lambda: object().__delattr__(), lambda: (1).__round__(1,2), lambda: (1.5).__round__(1, 2)]
for t in tests2:
    try: print(t())
    except Exception as e: print(type(e).__name__, repr(str(e)))
