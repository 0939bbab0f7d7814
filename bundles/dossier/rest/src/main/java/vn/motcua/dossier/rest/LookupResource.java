package vn.motcua.dossier.rest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.api.DossierService;
import vn.motcua.dossier.api.PublicStatus;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;

/**
 * {@code /lookup/{code}}: tra cứu tình trạng hồ sơ by its code or QR link; public, nothing personal. JSON for programs;
 * a phone that scans the QR code of a receipt asks for HTML and gets a readable page in Vietnamese.
 */
@Component(service = RestResource.class)
@Path("/lookup")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "lookup", description = "Tra cứu hồ sơ / Dossier status lookup")
public class LookupResource implements RestResource {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Reference
    DossierService dossiers;

    @GET
    @Path("/{code}")
    @Access(anonymous = true)
    @ApiTag("Tình trạng hồ sơ theo mã số (không có thông tin cá nhân) / Status by code (no personal data)")
    public PublicStatus lookup(@PathParam("code") String code) {
        return dossiers.lookup(code);
    }

    /** The same for a browser (the QR code of a receipt); JSON stays preferred when a client accepts anything. */
    @GET
    @Path("/{code}")
    @Produces("text/html;qs=0.5")
    @Access(anonymous = true)
    @ApiTag("Tình trạng hồ sơ theo mã số, trang HTML cho trình duyệt / Status by code as an HTML page")
    public Response page(@PathParam("code") String code) {
        try {
            return html(200, "Tình trạng hồ sơ " + escape(code), table(dossiers.lookup(code)));
        } catch (NotFoundException e) {
            return html(404, "Không tìm thấy hồ sơ", "<p>Không có hồ sơ mã số <b>" + escape(code) + "</b>. Hãy kiểm "
                + "tra lại mã số in trên giấy tiếp nhận.</p><p lang=\"en\">No dossier has this code.</p>");
        }
    }

    private static String table(PublicStatus s) {
        StringBuilder b = new StringBuilder("<table>");
        row(b, "Mã hồ sơ", s.code());
        row(b, "Thủ tục", s.procedureName() + (s.procedureCode() == null ? "" : " (" + s.procedureCode() + ")"));
        row(b, "Cơ quan giải quyết", s.agencyName() == null ? s.agencyCode() : s.agencyName());
        row(b, "Tình trạng", s.statusName());
        row(b, "Ngày tiếp nhận", s.receivedAt() == null ? null : s.receivedAt().format(SHOWN));
        row(b, "Hẹn trả kết quả", s.dueAt() == null ? null : s.dueAt().format(SHOWN));
        row(b, "Hoàn thành", s.finishedAt() == null ? null
            : LocalDateTime.ofInstant(s.finishedAt(), VIETNAM).format(SHOWN));
        return b.append("</table>").toString();
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null) {
            b.append("<tr><th>").append(label).append("</th><td>").append(escape(value)).append("</td></tr>");
        }
    }

    private static Response html(int status, String title, String body) {
        String page = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
            + "<style>body{font-family:sans-serif;margin:1.5em;max-width:40em}th{text-align:left;padding-right:1em;"
            + "vertical-align:top}td,th{padding:.3em 0}</style></head><body><h1>" + title + "</h1>" + body
            + "</body></html>";
        return Response.status(status).type("text/html; charset=utf-8").entity(page).build();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
