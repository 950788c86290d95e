package dk.tilknyt.keyfigures.medpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Prints a pack: Thymeleaf renders {@code keyfigures/medpack.html} (well-formed XHTML, no scripts) and
 * Flying Saucer lays it out as PDF. Liberation Sans is embedded when the machine has it, so that æ, ø
 * and å come out right in any viewer; otherwise the PDF's built-in Helvetica is used.
 */
@Component
class MedPackPrinter {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final Path FONT_DIRECTORY = Path.of("/usr/share/fonts/truetype/liberation");
    private static final List<String> FONT_FILES = List.of("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf");

    private final ITemplateEngine templates;

    MedPackPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] print(MedPack pack, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("pack", pack);
        String xhtml = templates.process("keyfigures/medpack", context);
        ITextRenderer renderer = new ITextRenderer();
        try {
            addFonts(renderer);
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The MED pack could not be printed", e);
        }
    }

    private static void addFonts(ITextRenderer renderer) throws DocumentException, IOException {
        for (String file : FONT_FILES) {
            Path font = FONT_DIRECTORY.resolve(file);
            if (Files.isReadable(font)) {
                renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
    }
}
