"""Right answers to the exercises of 05-change-of-variables, written other ways; every check must pass each one."""

RIGHT_ANSWERS = {
    "polar_to_cartesian": {
        "r times the unit vector": """
            def polar_to_cartesian(u):
                return u[0] * anp.array([anp.cos(u[1]), anp.sin(u[1])])
        """,
        "numpy's elementwise functions, stacked with anp.stack": """
            def polar_to_cartesian(u):
                r, theta = u
                return anp.stack([r * np.cos(theta), r * np.sin(theta)])
        """,
        "through the complex number r e^(i theta)": """
            def polar_to_cartesian(u):
                z = u[0] * anp.exp(1j * u[1])
                return anp.array([anp.real(z), anp.imag(z)])
        """,
        "sin written as a shifted cos": """
            def polar_to_cartesian(u):
                r, theta = u[0], u[1]
                return anp.array([r * anp.cos(theta), r * anp.cos(theta - np.pi / 2)])
        """,
    },
    "area_scale": {
        "exp of slogdet, a numpy float": """
            def area_scale(f, u):
                sign, log_abs_det = np.linalg.slogdet(jacobian(f)(u))
                return np.exp(log_abs_det)
        """,
        "product of the singular values": """
            def area_scale(f, u):
                return np.prod(np.linalg.svd(jacobian(f)(u), compute_uv=False))
        """,
        "diagonal of R in a QR decomposition, as a 0-d array": """
            def area_scale(f, u):
                # |det J| = |det Q| |det R| = |prod(diag R)|; no np.errstate needed
                _, R = np.linalg.qr(jacobian(f)(u))
                return np.asarray(abs(np.prod(np.diag(R))))
        """,
        "Jacobian row by row with grad, then sqrt(det(J J^T))": """
            from autograd import grad

            def area_scale(f, u):
                rows = [grad(lambda v, i=i: f(v)[i])(u) for i in range(len(u))]
                J = np.array(rows)
                return float(np.sqrt(np.linalg.det(J @ J.T)))
        """,
    },
    "transformed_log_density": {
        "log of the absolute determinant": """
            def transformed_log_density(log_p_x, f_inv, y):
                x = f_inv(y)
                return log_p_x(x) + np.log(np.abs(np.linalg.det(jacobian(f_inv)(y))))
        """,
        "slogdet unpacked by index, a numpy float": """
            def transformed_log_density(log_p_x, f_inv, y):
                correction = np.linalg.slogdet(jacobian(f_inv)(y))[1]
                return np.float64(log_p_x(f_inv(y))) + correction
        """,
        "sum of the logs of the singular values, as a 0-d array": """
            def transformed_log_density(log_p_x, f_inv, y):
                singular_values = np.linalg.svd(jacobian(f_inv)(y), compute_uv=False)
                return np.asarray(log_p_x(f_inv(y)) + np.sum(np.log(singular_values)))
        """,
        "log-determinant from the diagonal of R in a QR decomposition": """
            def transformed_log_density(log_p_x, f_inv, y):
                # nothing here needs np.errstate or warnings.simplefilter
                _, R = np.linalg.qr(jacobian(f_inv)(y))
                return float(log_p_x(f_inv(y)) + np.sum(np.log(np.abs(np.diag(R)))))
        """,
    },
    "flow_log_likelihood": {
        "a loop over the rows, one point at a time": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                total = 0.0
                for y in Y:
                    z = to_noise(y, theta)
                    log_det = alpha + gamma + delta * z[0]
                    total += -0.5 * z @ z - np.log(2 * np.pi) + log_det
                return total / len(Y)
        """,
        "step by step, one log-det per step, as a numpy float": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                log_det = np.full(len(Y), alpha)                  # step 1 scales y1 by e^alpha
                w1 = np.exp(alpha) * Y[:, 0] + beta
                scale = np.exp(gamma + delta * w1)                # step 2 scales y2 by this
                log_det = log_det + np.log(scale)
                z2 = scale * Y[:, 1] + kappa * w1 ** 2 + mu
                return np.mean(-0.5 * (w1 ** 2 + z2 ** 2) - np.log(2 * np.pi) + log_det)
        """,
        "the whole Jacobian built by hand for every row, slogdet on the stack, a 0-d array": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                Z = to_noise(Y, theta)
                scale = np.exp(gamma + delta * Z[:, 0])
                J = np.zeros((len(Y), 2, 2))
                J[:, 0, 0] = np.exp(alpha)
                J[:, 1, 0] = (delta * scale * Y[:, 1] + 2 * kappa * Z[:, 0]) * np.exp(alpha)
                J[:, 1, 1] = scale
                sign, log_abs_det = np.linalg.slogdet(J)
                log_p = -0.5 * np.einsum("ni,ni->n", Z, Z) - np.log(2 * np.pi)
                return np.asarray(np.mean(log_p + log_abs_det))
        """,
        "two one-dimensional normal log-densities, totals divided by N": """
            def flow_log_likelihood(theta, Y):
                Z = to_noise(Y, theta)
                log_phi = -0.5 * Z ** 2 - 0.5 * np.log(2 * np.pi)      # shape (N, 2)
                log_det = theta[0] + theta[2] + theta[3] * Z[:, 0]
                return float((log_phi.sum() + log_det.sum()) / Y.shape[0])
        """,
    },
}
