package i18n

// Strings about the data itself: why a write failed, changes made
// elsewhere, pasted text refused outside a field.

func init() { merge(dataEN, dataES) }

var dataEN = map[string]string{
	"err.not_saved":      "Not saved: %s. The screen shows what is stored. (esc dismisses)",
	"err.not_saved_text": "Not saved: %s. Your text is kept: type or press the key again to retry. (esc dismisses)",
	"err.failed":         "%s (esc dismisses)",
	"err.locked":         "the database is locked by another program",
	"err.disk_full":      "the disk is full",
	"err.read_only":      "the database file or its folder is read-only",
	"err.permission":     "permission denied on the database file",
	"app.paste_refused":  "Pasted text ignored: open a field first (e, n or enter), then paste into it.",
	"app.gone":           "This was deleted in another window.",
	"app.saved_again":    "Saved: everything on screen is stored now.",
}

var dataES = map[string]string{
	"err.not_saved":      "No guardado: %s. La pantalla muestra lo guardado. (esc lo cierra)",
	"err.not_saved_text": "No guardado: %s. Su texto se conserva: escriba o pulse la tecla otra vez para reintentar. (esc lo cierra)",
	"err.failed":         "%s (esc lo cierra)",
	"err.locked":         "otro programa tiene bloqueada la base de datos",
	"err.disk_full":      "el disco está lleno",
	"err.read_only":      "el archivo de la base de datos o su carpeta es de solo lectura",
	"err.permission":     "permiso denegado en el archivo de la base de datos",
	"app.paste_refused":  "Texto pegado ignorado: abra antes un campo (e, n o intro) y péguelo en él.",
	"app.gone":           "Esto se borró en otra ventana.",
	"app.saved_again":    "Guardado: todo lo que ve en pantalla ya está almacenado.",
}
