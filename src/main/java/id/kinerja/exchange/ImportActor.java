package id.kinerja.exchange;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.organisation.UnitEditor;

/**
 * Who imports: a signed-in account (its roles and unit decide what it may change), or the command line run by an
 * operator on the server, who has the database anyway and acts as administrator; its audit name is
 * {@code cli:<operating-system user>} unless {@code --user} names an account.
 */
public record ImportActor(String username, CurrentUser user) {

    public static ImportActor of(CurrentUser user) {
        return new ImportActor(user.username(), user);
    }

    public static ImportActor commandLine() {
        return new ImportActor("cli:" + System.getProperty("user.name", "operator"), null);
    }

    public boolean isSystem() {
        return user == null;
    }

    /** The importer as the organisation's unit rules see it (the Unit sheet goes through {@code Units}). */
    public UnitEditor unitEditor() {
        return isSystem() ? UnitEditor.system(username) : UnitAccess.unitEditor(user);
    }
}
