package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RenditionWidthsTest {

    static final List<Integer> CONFIGURED = List.of(320, 640, 1024, 1600);

    @Test
    void largePhotoGetsEveryConfiguredWidth() {
        assertThat(RenditionWidths.plan(4000, CONFIGURED)).containsExactly(320, 640, 1024, 1600);
        assertThat(RenditionWidths.plan(1600, CONFIGURED)).containsExactly(320, 640, 1024, 1600);
    }

    @Test
    void mediumPhotoIsNeverUpscaledButKeepsItsFullWidth() {
        assertThat(RenditionWidths.plan(1000, CONFIGURED)).containsExactly(320, 640, 1000);
        assertThat(RenditionWidths.plan(640, CONFIGURED)).containsExactly(320, 640);
    }

    @Test
    void photoNarrowerThanEveryWidthStillGetsOneRendition() {
        assertThat(RenditionWidths.plan(200, CONFIGURED)).containsExactly(200);
        assertThat(RenditionWidths.plan(1, CONFIGURED)).containsExactly(1);
    }

    @Test
    void heightKeepsTheAspectRatio() {
        assertThat(RenditionWidths.heightFor(320, 400, 300)).isEqualTo(240);
        assertThat(RenditionWidths.heightFor(320, 4000, 3)).isEqualTo(1);
    }
}
