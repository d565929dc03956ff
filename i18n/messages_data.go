package i18n

// Strings about the data itself: why a write failed, changes made
// elsewhere, pasted text refused outside a field.

func init() { merge(dataEN, dataES) }

var dataEN = map[string]string{
	"cli.backup.short": "Write a consistent copy of the whole database, safe while the app runs",
	"cli.backup.long": `Write a consistent copy of the whole database (every workshop) to FILE, by
default cxmap-backup-YYYYMMDD-HHMMSS.db beside the database. The copy is taken
in one read transaction, so it is whole even while the app or a command is
writing. To restore, quit cxmap and use the copy as the database (--db COPY),
or copy it over cxmap.db after removing cxmap.db-wal and cxmap.db-shm.`,
	"cli.backup.flag.output": "file to write (must not exist)",
	"cli.backup.err":         "backup to %s: %s",
	"cli.backup.err.exists":  "%s already exists: choose another name with -o",
	"err.missing_db":         "%s: no database at this path; create one with: cxmap new NAME (or open the app with cxmap)",
	"err.not_saved":          "Not saved: %s. Showing what is stored.",
	"err.not_saved_text":     "Not saved: %s. Text kept; the next key retries.",
	"err.locked":             "the file is locked by another program",
	"err.disk_full":          "the disk is full",
	"err.read_only":          "the file or its folder is read-only",
	"err.permission":         "permission denied on the file",
	"app.paste_refused":      "Pasted text ignored: open a field first, then paste into it.",
	"app.gone":               "This was deleted in another window.",
	"app.dismiss":            "dismiss message",
	"app.saved_again":        "Saved: everything on screen is stored now.",
	"journey.undo_changed":   "Not undone: that cell was changed in another window since.",
	"journey.undo_not_empty": "Not undone: someone has written in that stage or lane since; delete it yourself if it should go.",
}

var dataES = map[string]string{
	"cli.backup.short": "Escribe una copia coherente de toda la base de datos, segura con la aplicación abierta",
	"cli.backup.long": `Escribe una copia coherente de toda la base de datos (todos los talleres) en
FILE; por defecto, cxmap-backup-AAAAMMDD-HHMMSS.db junto a la base de datos. La
copia se toma en una sola transacción de lectura, así que sale entera aunque la
aplicación o un comando estén escribiendo. Para restaurarla, cierre cxmap y use
la copia como base de datos (--db COPIA), o cópiela sobre cxmap.db tras borrar
cxmap.db-wal y cxmap.db-shm.`,
	"cli.backup.flag.output": "archivo que escribir (no debe existir)",
	"cli.backup.err":         "copia de seguridad en %s: %s",
	"cli.backup.err.exists":  "%s ya existe: elija otro nombre con -o",
	"err.missing_db":         "%s: no hay ninguna base de datos en esa ruta; cree una con: cxmap new NOMBRE (o abra la aplicación con cxmap)",
	"err.not_saved":          "No guardado: %s. Se muestra lo guardado.",
	"err.not_saved_text":     "No guardado: %s; el texto sigue aquí.",
	"err.locked":             "otro programa bloquea el archivo",
	"err.disk_full":          "el disco está lleno",
	"err.read_only":          "el archivo o su carpeta es de solo lectura",
	"err.permission":         "sin permiso sobre el archivo",
	"app.paste_refused":      "Texto pegado ignorado: abra antes un campo y péguelo en él.",
	"app.gone":               "Esto se borró en otra ventana.",
	"app.dismiss":            "cerrar aviso",
	"app.saved_again":        "Guardado: todo lo que ve en pantalla ya está almacenado.",
	"journey.undo_changed":   "No deshecho: esa celda se cambió en otra ventana desde entonces.",
	"journey.undo_not_empty": "No deshecho: alguien ha escrito en esa etapa o carril desde entonces; bórrelo usted si sobra.",
}
