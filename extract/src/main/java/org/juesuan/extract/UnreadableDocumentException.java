package org.juesuan.extract;

import java.util.Objects;

/** The file itself cannot be read: empty, damaged, encrypted, too large or of a format we do not read. */
public final class UnreadableDocumentException extends DisclosureReadException {
    private static final long serialVersionUID = 1L;

    /** Why a file cannot be read, in both languages. */
    public enum Problem {
        EMPTY("文件为空（0字节）", "the file is empty"),
        CORRUPT("文件已损坏或不完整，无法解析", "the file is damaged or truncated"),
        ENCRYPTED("文件已加密或设有打开密码，无法读取", "the file is encrypted or password-protected"),
        UNSUPPORTED_FORMAT("不支持的文件格式（仅支持 .docx、.doc、.pdf、.txt）",
                "unsupported format (only .docx, .doc, .pdf and .txt are read)"),
        TOO_LARGE("文件超过大小或文字长度上限", "the file exceeds the size or text-length limit");

        private final String chinese;
        private final String english;

        Problem(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String chinese() {
            return chinese;
        }

        public String english() {
            return english;
        }
    }

    private final Problem problem;

    public UnreadableDocumentException(Problem problem, String detail, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").english() + (detail == null ? "" : ": " + detail), cause);
        this.problem = problem;
    }

    public UnreadableDocumentException(Problem problem, String detail) {
        this(problem, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String chineseReason() {
        return problem.chinese();
    }

    @Override
    public String stage() {
        return "parse";
    }
}
