/**
 * The unit pages for administrators: the tree of units under a unit, create, edit, deactivate and reactivate
 * (docs/user-guide.md "Unit kerja"), all through {@code organisation.Units}.
 */
package id.kinerja.unitadmin;
