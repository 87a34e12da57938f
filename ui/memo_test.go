package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"image/color"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// TestMemoDrawsReadOnlyTheirKey checks the first rule of memo on the
// package's source: every memo.get is given a package-level function (not
// a closure, not a method), which can read nothing of the model but the
// key it is given; and every memo of memos is used so.
func TestMemoDrawsReadOnlyTheirKey(t *testing.T) {
	fset := token.NewFileSet()
	pkgFuncs := map[string]bool{}
	var files []*ast.File
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				pkgFuncs[fd.Name.Name] = true
			}
		}
	}
	used := map[string]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "get" {
				return true
			}
			field, ok := sel.X.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if owner, ok := field.X.(*ast.SelectorExpr); !ok || owner.Sel.Name != "memos" {
				return true
			}
			pos := fset.Position(call.Pos())
			if len(call.Args) != 2 {
				t.Errorf("%s: memos.%s.get with %d arguments", pos, field.Sel.Name, len(call.Args))
				return true
			}
			id, ok := call.Args[1].(*ast.Ident)
			if !ok || !pkgFuncs[id.Name] {
				t.Errorf("%s: memos.%s.get draws with %s, not a package-level function", pos, field.Sel.Name, types(call.Args[1]))
				return true
			}
			used[field.Sel.Name] = true
			return true
		})
	}
	mt := reflect.TypeOf(memos{})
	for i := range mt.NumField() {
		if name := mt.Field(i).Name; !used[name] {
			t.Errorf("memos.%s is never used through get", name)
		}
	}
}

func types(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.FuncLit:
		return "a function literal"
	case *ast.SelectorExpr:
		return "a method value or another package's function (" + e.Sel.Name + ")"
	case *ast.Ident:
		return e.Name
	}
	return "an expression"
}

// immutable is every type a memo key may point to: each is replaced,
// never changed, once built.
var immutable = map[reflect.Type]bool{
	reflect.TypeOf(Styles{}):       true, // applyTheme
	reflect.TypeOf(KeyMap{}):       true, // keyMapFor
	reflect.TypeOf(model.Story{}):  true, // read-only
	reflect.TypeOf(storyIndex{}):   true, // newStoryIndex
	reflect.TypeOf(statsData{}):    true, // newStatsData
	reflect.TypeOf(filterTable{}):  true, // newFilterTable
	reflect.TypeOf(filtered{}):     true, // applySelection
	reflect.TypeOf(PreparedCase{}): true, // PrepareCase, Grow: read-only once built
}

// TestMemoKeysHoldOnlyValues checks the second rule of memo: a key holds
// values, and pointers only to values that are replaced, never changed,
// so that comparing two keys compares everything the drawing reads.
func TestMemoKeysHoldOnlyValues(t *testing.T) {
	mt := reflect.TypeOf(memos{})
	for i := range mt.NumField() {
		f := mt.Field(i)
		key, ok := f.Type.FieldByName("key")
		if !ok {
			t.Fatalf("memos.%s (%s) has no key", f.Name, f.Type)
		}
		checkKeyType(t, "memos."+f.Name, key.Type)
	}
}

func checkKeyType(t *testing.T, path string, ty reflect.Type) {
	t.Helper()
	switch ty.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.String:
	case reflect.Struct:
		for i := range ty.NumField() {
			checkKeyType(t, path+"."+ty.Field(i).Name, ty.Field(i).Type)
		}
	case reflect.Array:
		checkKeyType(t, path+"[]", ty.Elem())
	case reflect.Pointer:
		if !immutable[ty.Elem()] {
			t.Errorf("%s points to %s, which is not known to be replaced, never changed", path, ty.Elem())
		}
	default:
		t.Errorf("%s is a %s", path, ty)
	}
}

// TestFrameMatchesAFreshDraw walks the app at random (keys, searches,
// resizes, clicks, wheel turns, theme changes, tour steps) and after every message
// compares its frame with one drawn from the same state with nothing
// memoised: a drawing whose key missed something it reads shows up as a
// difference.
func TestFrameMatchesAFreshDraw(t *testing.T) {
	keys := []string{"j", "k", "g", "G", "space", "enter", "tab", "shift+tab", "esc", "x", "/", "n", "N",
		"t", "a", "e", "s", "m", "?", "1", "2", "3", "pgup", "pgdown", "up", "down", "backspace", "c", "o", "p"}
	sizes := [][2]int{{120, 40}, {80, 24}, {60, 20}, {140, 40}, {100, 30}, {200, 60}, {39, 11}, {45, 14}}
	real := realStory(t)
	walks := []struct {
		name string
		st   *model.Story
		opts Options
	}{
		{"real", real, Options{}},
		{"fixture", fixtureStory(t), Options{}},
		{"tour", real, Options{Demo: true}},
	}
	steps := 1500
	if testing.Short() {
		steps = 300
	}
	for _, w := range walks {
		name := w.name
		r := rand.New(rand.NewPCG(7, 8))
		m := update(New(w.st, w.opts), tea.WindowSizeMsg{Width: 120, Height: 40})
		for i := range steps {
			var msg tea.Msg
			switch n := r.IntN(20); {
			case m.tour.on && n < 19:
				msg = demoTickMsg{gen: m.tour.gen}
			case n < 14:
				msg = keyMsg(keys[r.IntN(len(keys))])
			case n < 15:
				s := sizes[r.IntN(len(sizes))]
				msg = tea.WindowSizeMsg{Width: s[0], Height: s[1]}
			case n < 17:
				msg = tea.MouseClickMsg{X: r.IntN(m.width + 1), Y: r.IntN(m.height + 1), Button: tea.MouseLeft}
			case n < 19:
				b := []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown}[r.IntN(2)]
				msg = tea.MouseWheelMsg{X: r.IntN(m.width + 1), Y: r.IntN(m.height + 1), Button: b}
			default:
				msg = tea.BackgroundColorMsg{Color: []color.Color{color.White, color.Black}[r.IntN(2)]}
			}
			m = update(m, msg)
			fresh := m
			fresh.memos = &memos{}
			if got, want := m.View().Content, fresh.drawFrame(); got != want {
				t.Fatalf("%s, step %d (%T %v): the frame differs from a fresh draw\ngot:\n%s\nwant:\n%s",
					name, i, msg, msg, plainText(got), plainText(want))
			}
		}
	}
}

func plainText(s string) string { return strings.ReplaceAll(s, "\x1b", "^[") }
