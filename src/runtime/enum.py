Enum = Flag = ReprEnum = None
_MappingProxy = type(type.__dict__)


def _is_dunder(n):
    return len(n) > 4 and n[:2] == n[-2:] == '__' and n[2] != '_' and n[-3] != '_'


def _is_sunder(n):
    return len(n) > 2 and n[0] == n[-1] == '_' and n[1] != '_' and n[-2] != '_'


def _is_private(cls_name, n):
    p = '_%s__' % cls_name
    return len(n) > len(p) and n.startswith(p) and (n[-1] != '_' or n[-2] != '_')


def _is_internal_class(cls_name, obj):
    s = cls_name + '.' + getattr(obj, '__name__', '')
    q = getattr(obj, '__qualname__', '')
    return q == s or q.endswith('.' + s)


def _is_descriptor(v):
    return hasattr(v, '__get__') or hasattr(v, '__set__') or hasattr(v, '__delete__')


def _single_bit(n):
    return n != 0 and n & (n - 1) == 0


def _bits(n):
    while n:
        b = n & -n
        yield b
        n ^= b


_warned = set()


def _deprecated(message, stacklevel=2):
    # warnings.warn(message, DeprecationWarning, stacklevel): shown once per line of __main__.
    where = _warning_at(message, stacklevel)
    if where is not None and (message, where[0]) not in _warned:
        _warned.add((message, where[0]))
        import sys
        sys.stderr.write(where[1])


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    def __init__(self, value):
        self.value = value


class member(nonmember):
    pass


_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
            '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    # The class body's namespace: it records member names in order and resolves auto().
    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if isinstance(value, type) and _is_internal_class(self._cls_name, value):
            _deprecated('In 3.13 classes created inside an enum will not become a member.  '
                        'Use the `member` decorator to keep the current behavior.')
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif type(value) is nonmember:
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            single = isinstance(value, auto)
            values = (value,) if single else value
            stored = True
            if type(values) is tuple and any(isinstance(v, auto) for v in values):
                resolved = []
                for v in values:
                    if isinstance(v, auto):
                        stored = False
                        if v.value == _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                value = resolved[0] if single else tuple(resolved)
            self._member_names[key] = None
            if stored:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members, **more):
        items = [(k, members[k]) for k in members.keys()] if hasattr(members, 'keys') else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


class _proto_member:
    # A member's value in the class dict until type.__new__ calls __set_name__: then the
    # member is made, as CPython does it, before __init_subclass__ runs.
    def __init__(self, value):
        self.value = value

    def __set_name__(self, cls, name):
        delattr(cls, name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        m = cls._new_member_(cls, *args) if cls._use_args_ else cls._new_member_(cls)
        if not hasattr(m, '_value_'):
            if cls._member_type_ is object:
                m._value_ = value
            else:
                try:
                    m._value_ = cls._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m.__init__(*args)
        m._sort_order_ = len(cls._member_names_)
        if Flag is not None and issubclass(cls, Flag):
            cls._flag_mask_ |= value
            if _single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for c in cls._member_map_.values():
                if c._value_ == value:
                    canonical = c
                    break
        if canonical is not None:
            m = canonical
        elif Flag is None or not issubclass(cls, Flag) or _single_bit(value):
            cls._member_names_.append(name)
        # A name an enum.property (or a property) of a base holds is reached through it.
        found = None
        for base in cls.__mro__[1:]:
            d = base.__dict__.get(name)
            if isinstance(d, property):
                found = d
                break
            if d is not None and all(hasattr(d, a) for a in ('fget', 'fset', 'fdel')):
                found = d
        if found:
            redirect = property(found.fget, found.fset, found.fdel)
            redirect.member = m
            redirect.__set_name__(cls, name)
            setattr(cls, name, redirect)
        else:
            setattr(cls, name, m)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)


def _classes_of(bases):
    # Each base's MRO in turn, without object.
    return (c for base in bases for c in base.__mro__ if c is not object)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        d = _EnumDict()
        d._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            d['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        names = classdict._member_names
        invalid = set(names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in invalid),))
        order = classdict.pop('_order_', None)
        classdict = dict(classdict.items())
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict['_new_member_'] = new
        classdict['_use_args_'] = use_args
        for name in names:
            classdict[name] = _proto_member(classdict[name])
        classdict.update(_member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=member_type,
                         _value_repr_=metacls._find_data_repr_(cls, bases),
                         _boundary_=boundary or getattr(first_enum, '_boundary_', None),
                         _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        classdict.update(enum_class.__dict__)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                s = member_type.__str__
                enum_class.__str__ = classdict['__str__'] = member_type.__repr__ if s is object.__str__ else s
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in classdict:
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    setattr(enum_class, name, getattr(first_enum, name))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, Flag.__dict__[name])
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if not is_flag and (Flag is not None or cls != 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                delattr(enum_class, name)
        elif is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order if o not in enum_class._member_map_
                         or _single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, m):
        if not isinstance(m, Enum):
            _deprecated('in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
                        'False depending on whether the value is a member or the value of a member')
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(m).__qualname__, cls.__class__.__qualname__))
        return isinstance(m, cls) and m._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # Only reached when normal lookup failed: a member's name, never a dunder.
        found = None if _is_dunder(name) else cls._member_map_.get(name)
        if found is None:
            raise AttributeError(name)
        return found

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last[:])
                last.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                item = item, names[item]
            name, value = item
            classdict[name] = value
        # The caller's module: metalab runs one program, `__main__`.
        classdict['__module__'] = '__main__' if module is None else module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in _classes_of(bases):
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The first class along the bases' MROs to say how a value looks.
        for base in _classes_of(bases):
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            skip = (None, None.__new__, object.__new__, Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in skip:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new in (Enum.__new__, object.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


class property:
    # Members' `name` and `value`: an attribute of a member, but through the class the
    # member of that name (an enum may have members called `name` or `value`).
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _member_with_value(cls, value):
    # By hash when the value has one; an unhashable value is compared with each member's.
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        return next((m for m in cls._member_map_.values() if m._value_ == value), None)


def _from_missing(cls, value):
    # Enum(value) for a value no member has: what _missing_ returns must be a member (or, for an
    # EJECT flag, an int). Otherwise ValueError; a _missing_ that raised, or returned something
    # else, has its error raised instead, chained to that ValueError unless it is one.
    failure = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        failure, result = e, None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if failure is None and result is not None:
        failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
    if failure is None:
        failure, invalid = invalid, None
    elif not isinstance(failure, ValueError):
        failure.__context__ = invalid
    try:
        raise failure
    finally:
        # Neither exception keeps this frame (and so the other) alive.
        failure = invalid = None


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = _member_with_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        return _from_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # The last value plus one when it is the largest so far. Otherwise 3.11 warns and
        # takes the latest value that supports `+ 1`, or `start` if none does.
        if not last_values:
            return start
        latest = last_values[-1]
        try:
            last_values.sort()
            if latest == last_values[-1]:
                return latest + 1
        except TypeError:
            pass
        _deprecated('In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be '
                    'sortable and support adding +1\nand the value returned will be the largest value in '
                    'the enum incremented by 1', 3)
        for v in last_values[::-1]:
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(object.__dir__(self)) if self.__class__._member_type_ is not object else set()
        members = self._member_map_
        names.update(n for n in getattr(self, '__dict__', []) if n[0] != '_' and n not in members)
        for cls in self.__class__.mro():
            for n, obj in cls.__dict__.items():
                if n[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or n not in members:
                        names.add(n)
                    else:
                        names.discard(n)
                elif n not in members:
                    names.add(n)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    dups = ['%s -> %s' % (n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
    if dups:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(dups)))
    return enumeration


def _bin(num, max_bits=None):
    # enum's bin(): two's complement with a sign bit, for Flag's error messages.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(flag, other):
    # The other side of a flag's | & ^ as an int: a member of the same flag, or (for a flag with
    # a data type, such as IntFlag) a value of that type; anything else is NotImplemented.
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for v in _bits(value & cls._flag_mask_):
            yield cls._value2member_map_.get(v)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # A combination of members: a pseudo-member, made once per value.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask, singles, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                n = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, n), _bin(flag_mask, n)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles
        member_value = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if combined:
                pseudo._name_ = '|'.join([m._name_ for m in members])
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        # A pseudo-member (an unnamed combination) shows only its class and value.
        if self._name_ is not None:
            return Enum.__repr__(self)
        return '<%s: %s>' % (self.__class__.__name__, (self.__class__._value_repr_ or repr)(self._value_))

    def __str__(self):
        if self._name_ is not None:
            return Enum.__str__(self)
        return '%s(%r)' % (self.__class__.__name__, self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        operand = _flag_operand(self, other)
        return operand if operand is NotImplemented else self.__class__(self._value_ | operand)

    def __and__(self, other):
        operand = _flag_operand(self, other)
        return operand if operand is NotImplemented else self.__class__(self._value_ & operand)

    def __xor__(self, other):
        operand = _flag_operand(self, other)
        return operand if operand is NotImplemented else self.__class__(self._value_ ^ operand)

    def __invert__(self):
        # Made once per member and kept. Under KEEP and EJECT every bit flips; otherwise only
        # the single-bit members' bits do.
        if self._inverted_ is None:
            bits = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                bits &= self._singles_mask_
            self._inverted_ = self.__class__(bits)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    # A class decorator checking an enumeration's members (see EnumCheck).
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                dups = ['%s -> %s' % (n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if dups:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(dups)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) <= 1:
                    continue
                low = min(values)
                high = max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                values = [m.value for m in enumeration]
                names, lost = [], 0
                for n, alias in enumeration._member_map_.items():
                    if n in enumeration._member_names_ or alias.value < 0:
                        continue
                    missed = [v for v in _bits(alias.value) if v not in values]
                    if missed:
                        names.append(n)
                        for v in missed:
                            lost |= v
                if names:
                    if len(names) == 1:
                        alias = 'alias %s is missing' % names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1])
                    value = ('value 0x%x' if _single_bit(lost) else 'combined values of 0x%x') % lost
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (name, alias, value))
        return enumeration


def show_flag_values(value):
    return list(_bits(value))
