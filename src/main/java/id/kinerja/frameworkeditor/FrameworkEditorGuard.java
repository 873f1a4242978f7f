package id.kinerja.frameworkeditor;

import id.kinerja.account.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The framework editor's right before anything of the request is read: every draft route (pages and API) and every
 * write of the editor is for HQ administrators only ({@link FrameworkDrafts#canEdit}), so anyone else gets 403 -
 * never a 400 about a form field or a body they should not have sent. The services check the same right again.
 */
@Configuration
class FrameworkEditorGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final FrameworkDrafts drafts;
    private final MessageSource messages;

    FrameworkEditorGuard(FrameworkDrafts drafts, MessageSource messages) {
        this.drafts = drafts;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/frameworks/**", "/api/v1/frameworks/drafts", "/api/v1/frameworks/drafts/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        // published versions are read by everyone signed in; drafts and every write only by the editors
        boolean editorOnly =
                path.startsWith("/api/v1/frameworks/drafts") || path.startsWith("/frameworks/drafts") || !read;
        if (editorOnly && !drafts.canEdit(currentUser())) {
            throw new AccessDeniedException(
                    messages.getMessage("framework.editor.error.notEditor", null, LocaleContextHolder.getLocale()));
        }
        return true;
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser me ? me : null;
    }
}
