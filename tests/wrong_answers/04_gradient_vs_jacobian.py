"""Plausible wrong answers to the exercises of 04-gradient-vs-jacobian; the checks must catch each one."""

WRONG_ANSWERS = {
    "jacobian_fd": {
        "transposed (one row per input)": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.array([(f(x + eps * e) - f(x - eps * e)) / (2 * eps) for e in np.eye(len(x))])
        """,
        "forward differences": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.column_stack([(f(x + eps * e) - f(x)) / eps for e in np.eye(len(x))])
        """,
        "forward differences with a large step": """
            def jacobian_fd(f, x, eps=1e-6):
                h = 1e-3
                return np.column_stack([(f(x + h * e) - f(x)) / h for e in np.eye(len(x))])
        """,
        "ignores the eps argument": """
            def jacobian_fd(f, x, eps=1e-6):
                h = 1e-6
                return np.column_stack([(f(x + h * e) - f(x - h * e)) / (2 * h) for e in np.eye(len(x))])
        """,
        "divides by eps instead of 2 eps": """
            def jacobian_fd(f, x, eps=1e-6):
                return np.column_stack([(f(x + eps * e) - f(x - eps * e)) / eps for e in np.eye(len(x))])
        """,
        "moves x in place": """
            def jacobian_fd(f, x, eps=1e-6):
                columns = []
                for j in range(len(x)):
                    x[j] += eps
                    up = f(x)
                    x[j] -= 2 * eps
                    down = f(x)
                    x[j] += eps * 0.5
                    columns.append((up - down) / (2 * eps))
                return np.column_stack(columns)
        """,
    },
    "jacobian_from_vjps": {
        "transposed": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.column_stack([vjp(e) for e in np.eye(len(value))])
        """,
        "the same all-ones vector for every row": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(np.ones(len(value))) for _ in range(len(value))])
        """,
        "autograd's jacobian instead of VJPs": """
            def jacobian_from_vjps(f, x):
                return jacobian(f)(x)
        """,
        "unit vectors of the input space": """
            def jacobian_from_vjps(f, x):
                vjp, value = make_vjp(f)(x)
                return np.array([vjp(e) for e in np.eye(len(x))])
        """,
    },
    "jacobian_from_jvps": {
        "columns stacked as rows": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return np.array([jvp(e)[1] for e in np.eye(len(x))])
        """,
        "the function value instead of the derivative": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return np.column_stack([jvp(e)[0] for e in np.eye(len(x))])
        """,
        "autograd's jacobian instead of JVPs": """
            def jacobian_from_jvps(f, x):
                jvp = make_jvp(f)(x)
                return jacobian(f)(x)
        """,
    },
    "softmax_jacobian": {
        "diag(s) alone": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s)
        """,
        "sign of s s^T flipped": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s) + np.outer(s, s)
        """,
        "the whole matrix negated": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.outer(s, s) - np.diag(s)
        """,
        "elementwise square instead of the outer product": """
            def softmax_jacobian(z):
                e = np.exp(z - np.max(z))
                s = e / e.sum()
                return np.diag(s) - s ** 2
        """,
        "shifted by the minimum instead of the maximum": """
            def softmax_jacobian(z):
                e = np.exp(z - np.min(z))
                s = e / e.sum()
                return np.diag(s) - np.outer(s, s)
        """,
        "softmax without the shift: overflows": """
            def softmax_jacobian(z):
                s = np.exp(z) / np.exp(z).sum()
                return np.diag(s) - np.outer(s, s)
        """,
    },
}
