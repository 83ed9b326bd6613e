package news.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Makes the JPEG renditions of a decoded photo: transparency flattened onto white, downscaled in halving
 * steps (so thin lines and text stay smooth), written at the configured quality. Widths come from
 * {@link RenditionWidths}; the files go where {@link PhotoStorage} says.
 */
@Component
class Renditions {

    private final MediaProperties properties;

    Renditions(MediaProperties properties) {
        this.properties = properties;
    }

    /** Writes {@code <width>.jpg} into the folder for each planned width and returns the widths. */
    List<Integer> write(BufferedImage original, Path folder) throws IOException {
        List<Integer> widths = RenditionWidths.plan(original.getWidth(), properties.widths());
        BufferedImage flat = onWhite(original, original.getWidth(), original.getHeight());
        for (int width : widths) {
            writeJpeg(resize(flat, width), folder.resolve(PhotoStorage.renditionName(width)));
        }
        return widths;
    }

    static BufferedImage resize(BufferedImage source, int width) {
        int height = RenditionWidths.heightFor(width, source.getWidth(), source.getHeight());
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == width ? current
                : draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage onWhite(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(properties.jpegQuality());
        try (OutputStream out = Files.newOutputStream(file);
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
