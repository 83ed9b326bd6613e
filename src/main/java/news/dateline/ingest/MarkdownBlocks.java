package news.dateline.ingest;

import java.util.ArrayList;
import java.util.List;

import news.dateline.ingest.ParsedArticle.BodyBlock;
import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Splits an article body written in Markdown into what a {@link ParsedArticle} holds: plain-text paragraphs and
 * subheadings, and the photos placed in it ({@code ![caption](photo:12)}). The inverse of
 * {@link ArticleImporter#markdown}; emphasis and links are reduced to their text, as ParsedArticle has no markup.
 */
final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().build();
    private static final String PHOTO_SCHEME = "photo:";

    /** @param photoIds the ids of the photos in the body, in order */
    record Split(List<BodyBlock> body, List<Long> photoIds) {
    }

    private MarkdownBlocks() {
    }

    static Split split(String markdown) {
        List<BodyBlock> body = new ArrayList<>();
        List<Long> photos = new ArrayList<>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                add(body, new Subheading(text(heading)));
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                List<Long> inline = photoIds(paragraph);
                photos.addAll(inline);
                if (inline.isEmpty() || !text(paragraph).isBlank()) {
                    add(body, new Paragraph(text(paragraph)));
                }
            }

            @Override
            public void visit(FencedCodeBlock code) {
                add(body, new Paragraph(code.getLiteral().strip()));
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                add(body, new Paragraph(code.getLiteral().strip()));
            }
        });
        return new Split(body, photos);
    }

    private static void add(List<BodyBlock> body, BodyBlock block) {
        if (!block.text().isBlank()) {
            body.add(block);
        }
    }

    private static List<Long> photoIds(Node block) {
        List<Long> ids = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                if (destination.startsWith(PHOTO_SCHEME)) {
                    try {
                        ids.add(Long.parseLong(destination.substring(PHOTO_SCHEME.length()).strip()));
                    } catch (NumberFormatException e) {
                        // not one of ours: the page renderer drops it too
                    }
                }
            }
        });
        return ids;
    }

    /** The words of a block: text and code kept, line breaks as spaces, images left out. */
    private static String text(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Image node) {
                // a photo, not words
            }
        });
        return text.toString().strip();
    }
}
