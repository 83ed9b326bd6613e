package news.dateline.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Draws simple abstract pictures for demo articles, so a first start has photos without shipping any. */
final class DemoPhotos {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;

    private DemoPhotos() {
    }

    private static Color translucent(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), 90);
    }

    static byte[] jpeg(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // evenly spread hues: Random's first values for small seeds are too alike
        float hue = (seed % 12) / 12f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, .45f, .85f),
                WIDTH, HEIGHT, Color.getHSBColor((hue + .15f) % 1, .6f, .35f)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 14; i++) {
            g.setColor(translucent(Color.getHSBColor((hue + random.nextFloat() * .3f) % 1, .5f, .9f)));
            int size = 60 + random.nextInt(260);
            if (random.nextBoolean()) {
                g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), size, size);
            } else {
                g.fillRect(random.nextInt(WIDTH), HEIGHT / 2 + random.nextInt(HEIGHT / 2), size / 2, -size * 2);
            }
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
