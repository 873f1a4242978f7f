package id.kinerja.demo;

/** The demo data file is malformed; the message names the file and the place. */
public class DemoDataException extends RuntimeException {

    public DemoDataException(String message) {
        super(message);
    }
}
