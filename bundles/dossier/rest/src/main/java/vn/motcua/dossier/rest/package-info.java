/** REST resources of the dossier capability: /dossiers and the public /lookup. */
package vn.motcua.dossier.rest;
