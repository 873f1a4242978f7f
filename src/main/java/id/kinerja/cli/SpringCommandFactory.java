package id.kinerja.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.IFactory;

/**
 * Creates the commands through the application context, so that their {@code @Autowired} fields get the beans they
 * use; every other class picocli instantiates (converters) as picocli would.
 */
final class SpringCommandFactory implements IFactory {

    private final ApplicationContext context;

    SpringCommandFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isAnnotationPresent(picocli.CommandLine.Command.class)) {
            return context.getAutowireCapableBeanFactory().createBean(type);
        }
        return picocli.CommandLine.defaultFactory().create(type);
    }
}
