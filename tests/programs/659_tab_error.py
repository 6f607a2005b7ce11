# Code pasted from two editors: one indents with a tab, the other with 8 spaces. CPython
# refuses the mix (TabError) even where a tab of 8 columns would line up.
class Greeter:
	def hello(self):
		return "hello"
        def bye(self):
		return "bye"

print(Greeter().hello())
