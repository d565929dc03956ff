package store

import "testing"

// A form's draft is one per form and workshop, replaced by each save,
// read back as saved, and gone when forgotten or when its workshop is
// deleted.
func TestDrafts(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Tienda")
	if d, err := s.Draft(ctx, "new-participant", w.ID); err != nil || d != nil {
		t.Fatalf("no draft yet: %v %v", d, err)
	}
	for _, name := range []string{"A", "An", "Ana Pérez"} {
		if err := s.SaveDraft(ctx, "new-participant", w.ID, map[string]string{"name": name, "role": "CEO"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveDraft(ctx, "new-workshop", 0, map[string]string{"name": "Otro"}); err != nil {
		t.Fatal(err)
	}
	d, err := s.Draft(ctx, "new-participant", w.ID)
	if err != nil || d["name"] != "Ana Pérez" || d["role"] != "CEO" {
		t.Fatalf("draft %v %v", d, err)
	}
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM drafts`).Scan(&n)
	if n != 2 {
		t.Errorf("%d drafts, want one per form", n)
	}
	if err := s.DeleteWorkshop(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Draft(ctx, "new-participant", w.ID); d != nil {
		t.Errorf("a deleted workshop's draft survived: %v", d)
	}
	if err := s.DeleteDraft(ctx, "new-workshop", 0); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Draft(ctx, "new-workshop", 0); d != nil {
		t.Errorf("forgotten draft: %v", d)
	}
}
