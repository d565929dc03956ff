package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Backup writes a consistent copy of the whole database to dest with
// VACUUM INTO: SQLite copies it inside one read transaction, so the copy
// is whole even while the app or a command writes. The copy is written
// beside dest under a temporary name and renamed, with mode 0600 (it
// holds client data); an existing dest is refused, never overwritten.
func (s *Store) Backup(ctx context.Context, dest string) error {
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("%s already exists: choose another name with -o", dest)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return osCause(err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".*.tmp")
	if err != nil {
		return osCause(err)
	}
	name := tmp.Name()
	tmp.Close()
	// VACUUM INTO wants a file that does not exist or is empty.
	defer os.Remove(name)
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		return classify(err)
	}
	if err := os.Chmod(name, 0o600); err != nil {
		return osCause(err)
	}
	if err := os.Link(name, dest); err != nil {
		// No hard links on this file system: rename, which may replace a
		// file created meanwhile, a risk too small to refuse a backup for.
		if _, serr := os.Stat(dest); serr == nil {
			return fmt.Errorf("%s already exists: choose another name with -o", dest)
		}
		return osCause(os.Rename(name, dest))
	}
	return nil
}
