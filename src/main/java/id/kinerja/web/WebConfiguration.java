package id.kinerja.web;

import id.kinerja.framework.Period;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Indonesian by default; {@code ?lang=en} switches to English (kept in a cookie), {@code ?lang=id} back. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final InputGuardInterceptor inputGuard;

    WebConfiguration(InputGuardInterceptor inputGuard) {
        this.inputGuard = inputGuard;
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kinerja-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(inputGuard);
    }

    /**
     * A {@code BigDecimal} request parameter or form field is read like every typed number: strictly, by the user's
     * language ({@link NumberParser}); a {@code Period} by its name ({@link PeriodFormatter}).
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new NumberParser());
        registry.addFormatterForFieldType(Period.class, new PeriodFormatter());
    }
}
