package dk.tilknyt.keyfigures.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.keyfigures.medpack.MedPacks;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/**
 * {@code /keyfigures/medpack.pdf}: the MED pack of a scope as a PDF download, for the works-council
 * meeting. Works-council members get every figure of fewer than 5 persons hidden.
 */
@Controller
class MedPackController {

    private final AccessGuard guard;
    private final FilterReader filters;
    private final MedPacks packs;

    MedPackController(AccessGuard guard, FilterReader filters, MedPacks packs) {
        this.guard = guard;
        this.filters = filters;
        this.packs = packs;
    }

    @GetMapping("/keyfigures/medpack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        PageFilter filter = filters.read(unit, from, to, null, null, locale);
        byte[] pdf = packs.pdf(filter.unitId(), filter.period(), scope.role() == Role.COUNCIL, locale);
        String filename = ("med-pakke-" + filter.unitId() + "-" + filter.period().to() + ".pdf")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(pdf);
    }
}
