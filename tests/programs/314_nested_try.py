def process(items):
    results = []
    for item in items:
        try:
            try:
                value = 100 / item
            except ZeroDivisionError:
                print("div by zero for", item)
                value = float("inf")
            finally:
                print("processed", item)
            results.append(value)
        except TypeError as e:
            print("type problem:", e)
    return results
print(process([4, 0, "x", 5]))
def cleanup_order():
    try:
        try:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
cleanup_order()
def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def loop_with_try():
    out = []
    for i in range(5):
        try:
            if i == 3:
                raise RuntimeError(i)
            out.append(i)
        except RuntimeError as e:
            out.append("err" + str(e))
            break
        else:
            out.append("ok")
    return out
print(loop_with_try())
