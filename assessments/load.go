package assessments

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// SourceBuiltin is the Source of a model compiled into cxmap.
const SourceBuiltin = "built-in"

// Entry is one model offered to the user: built in, or a file in the
// user's assessments folder.
type Entry struct {
	ID         string            // the model's id; for a file that fails to parse, its name without extension
	Source     string            // SourceBuiltin or the file's path
	Assessment *model.Assessment // nil when Err is set
	Err        error             // why a file cannot be used (Errors for problems in it)
}

// Builtin reports whether the entry is compiled into cxmap.
func (e Entry) Builtin() bool { return e.Source == SourceBuiltin }

// ConfigDir is the folder whose model files List and LoadFrom offer:
// $XDG_CONFIG_HOME/cxmap/assessments, by default
// ~/.config/cxmap/assessments.
func ConfigDir() (string, error) {
	base := os.Getenv("XDG_CONFIG_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find the configuration folder: %w", err)
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "cxmap", "assessments"), nil
}

// ReadFile reads and parses a model file.
func ReadFile(path string) (*model.Assessment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Load returns a built-in model by id or, failing that, the model in the
// file at idOrPath.
func Load(idOrPath string) (*model.Assessment, error) {
	return LoadFrom(idOrPath, "")
}

// LoadFrom is Load that also accepts the id of a valid model file in
// configDir (checked after the built-ins and before paths). An empty
// configDir is not searched.
func LoadFrom(idOrPath, configDir string) (*model.Assessment, error) {
	a, all, err := builtinByID(idOrPath)
	if err != nil {
		return nil, err
	}
	if a != nil {
		return Clone(a), nil
	}
	if configDir != "" {
		entries, _ := userEntries(configDir)
		for _, e := range entries {
			if e.Err == nil && e.ID == idOrPath {
				return e.Assessment, nil
			}
		}
	}
	a, err = ReadFile(idOrPath)
	if errors.Is(err, fs.ErrNotExist) && looksLikeID(idOrPath) {
		return nil, fmt.Errorf("unknown assessment %q: no built-in model has this id (%s) and there is no such file",
			idOrPath, strings.Join(all, ", "))
	}
	return a, err
}

func looksLikeID(s string) bool {
	return idPattern().MatchString(s) && !strings.HasSuffix(s, ".yaml") && !strings.HasSuffix(s, ".yml")
}

// List returns the built-in models (sorted by id) followed by every *.yaml
// and *.yml file in configDir (sorted by file name). A file that cannot be
// used is listed with Err set; so is one whose id is already taken by a
// built-in model or an earlier file. A missing configDir lists no files.
// The error is for a broken build or an unreadable folder.
func List(configDir string) ([]Entry, error) {
	list, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, a := range list {
		out = append(out, Entry{ID: a.ID, Source: SourceBuiltin, Assessment: Clone(a)})
	}
	if configDir == "" {
		return out, nil
	}
	files, err := userEntries(configDir)
	return append(out, files...), err
}

// userEntries parses the model files in dir.
func userEntries(dir string) ([]Entry, error) {
	des, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	taken := map[string]string{}
	for _, id := range BuiltinIDs() {
		taken[id] = "a built-in model"
	}
	var names []string
	for _, de := range des {
		ext := strings.ToLower(filepath.Ext(de.Name()))
		if !de.IsDir() && (ext == ".yaml" || ext == ".yml") {
			names = append(names, de.Name())
		}
	}
	sort.Strings(names)
	var out []Entry
	for _, name := range names {
		p := filepath.Join(dir, name)
		e := Entry{ID: strings.TrimSuffix(name, filepath.Ext(name)), Source: p}
		a, err := ReadFile(p)
		switch {
		case err != nil:
			e.Err = err
		case taken[a.ID] != "":
			// An Errors, so that it is told in the reader's language
			// like every other problem of a model file.
			c := errs{file: p}
			c.add(pos{1, 1}, "model id %q is also used by %s", a.ID, taken[a.ID])
			e.ID, e.Err = a.ID, c.err()
		default:
			e.ID, e.Assessment = a.ID, a
			taken[a.ID] = p
		}
		out = append(out, e)
	}
	return out, nil
}
