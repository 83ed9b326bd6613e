package news.dateline.comment.moderation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.comment.moderation.LiveQueues;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Queue;
import news.dateline.live.LiveStreams;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What keeps an open queue page current ({@code static/js/moderation-live.js}): the moderation channel's stream
 * ({@link LiveQueues}) and one comment's entry, for the page to add a newly held comment with this moderator's own
 * forms. Moderators and admins only: the security chain says so for {@code /admin/moderation/**}, and the stream
 * checks again, since it outlives the request that opened it.
 */
@Controller
class ModerationStreamController {

    private final LiveStreams streams;
    private final Moderation moderation;
    private final ModerationViews views;

    ModerationStreamController(LiveStreams streams, Moderation moderation, ModerationViews views) {
        this.streams = streams;
        this.moderation = moderation;
        this.views = views;
    }

    @GetMapping(path = "/admin/moderation/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) String from, @AuthenticationPrincipal SignedInMember me,
                      HttpServletResponse response) {
        if (me == null || !(me.hasRole(Role.MODERATOR) || me.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("the moderation stream is for moderators");
        }
        List<String> channels = List.of(LiveQueues.CHANNEL);
        long[] place = streams.place(channels, lastEventId, from);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(channels, place, new boolean[] {false});
    }

    @GetMapping("/admin/moderation/comments/{id}/entry")
    String entry(@PathVariable long id, @RequestParam(defaultValue = "pending") String back, Model model) {
        var entry = moderation.entry(id).orElseThrow(() -> new NotFoundException("comment " + id));
        model.addAttribute("e", views.entries(List.of(entry)).getFirst());
        model.addAttribute("back", Queue.of(back).param());
        model.addAttribute("reasons", ModerationController.REJECT_REASONS);
        return "admin/moderation/entry";
    }

    @ExceptionHandler(LiveStreams.InvalidLastEventId.class)
    ResponseEntity<String> invalidPlace(LiveStreams.InvalidLastEventId e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
